using System.Globalization;

namespace GntTui.Engine.Drbd;

/// <summary>Number reading that reports failure instead of throwing (the kernel groups thousands with commas).</summary>
internal static class DrbdNumbers
{
    public static long? Long(string text)
    {
        var plain = text.Replace(",", "", StringComparison.Ordinal);
        return plain.Length > 0 && long.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>Plain digits (no thousands commas), read without a string.</summary>
    public static long? Digits(ReadOnlySpan<char> text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? Int(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static double? Double(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : null;

    /// <summary>KiB from a value printed in MiB, or null when it would overflow.</summary>
    public static long? MiBToKiB(long? mib) => mib is { } m && m <= long.MaxValue / 1024 ? m * 1024 : null;
}
