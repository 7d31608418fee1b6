using System.Globalization;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>
/// Turns one field of <c>--separator</c> output into a typed value. Ganeti's special values
/// (<c>*</c>, <c>?</c>, <c>-</c>, <c>??</c>) become states, never numbers.
/// </summary>
public static partial class FieldParser
{
    [GeneratedRegex(@"^\[\s*(?<s>-?\d+)\s*,\s*(?<us>\d+)\s*\]$")]
    private static partial Regex TimestampPattern();

    public static FieldState? SpecialState(string raw) => raw switch
    {
        "*" => FieldState.Offline,
        "?" => FieldState.NoData,
        "-" => FieldState.Unavailable,
        "??" => FieldState.Unknown,
        _ => null,
    };

    /// <summary>A whole number (MiB with --separator). Returns false for text that is neither a number nor a special value.</summary>
    public static bool TryLong(string raw, out Reading<long> reading)
    {
        if (SpecialState(raw) is { } state)
        {
            reading = Reading<long>.Missing(state);
            return true;
        }
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            reading = Reading<long>.Of(value);
            return true;
        }
        reading = Reading<long>.Missing(FieldState.Unknown);
        return false;
    }

    public static bool TryInt(string raw, out Reading<int> reading)
    {
        if (TryLong(raw, out var l) && (!l.HasValue || l.Value is >= int.MinValue and <= int.MaxValue))
        {
            reading = l.HasValue ? Reading<int>.Of((int)l.Value) : Reading<int>.Missing(l.State);
            return true;
        }
        reading = Reading<int>.Missing(FieldState.Unknown);
        return false;
    }

    /// <summary><c>Y</c>/<c>N</c> (and the words <c>True</c>/<c>False</c> some versions print).</summary>
    public static bool TryBool(string raw, out Reading<bool> reading)
    {
        if (SpecialState(raw) is { } state)
        {
            reading = Reading<bool>.Missing(state);
            return true;
        }
        switch (raw)
        {
            case "Y" or "True" or "yes":
                reading = Reading<bool>.Of(true);
                return true;
            case "N" or "False" or "no":
                reading = Reading<bool>.Of(false);
                return true;
            default:
                reading = Reading<bool>.Missing(FieldState.Unknown);
                return false;
        }
    }

    /// <summary><c>[seconds, microseconds]</c> as Ganeti prints it; <c>None</c> or a special value is null.</summary>
    public static bool TryTimestamp(string raw, out DateTimeOffset? time)
    {
        time = null;
        if (raw is "None" or "" || SpecialState(raw) is not null)
        {
            return true;
        }
        var m = TimestampPattern().Match(raw);
        // Digits past a long are as wrong as any other bad value: a problem note, not an overflow.
        if (!m.Success
            || !long.TryParse(m.Groups["s"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            || !long.TryParse(m.Groups["us"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var micros))
        {
            return false;
        }
        if (micros >= 1_000_000 || seconds is < -62135596800 or > 253402300799)
        {
            return false;
        }
        time = DateTimeOffset.FromUnixTimeSeconds(seconds).AddTicks(micros * 10);
        return true;
    }

    /// <summary>Comma-separated name lists (snodes); empty means none.</summary>
    public static IReadOnlyList<string> NameList(string raw) =>
        raw.Length == 0 || SpecialState(raw) is not null
            ? []
            : raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
