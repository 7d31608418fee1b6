using System.Globalization;

namespace GntTui.Engine.Drbd;

/// <summary>Durations as a person says them ("3 hours 12 minutes"): the two largest units, no more.</summary>
public static class DrbdDurationText
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }
        var parts = new (long Value, string Unit)[]
        {
            ((long)duration.TotalDays, "day"),
            (duration.Hours, "hour"),
            (duration.Minutes, "minute"),
            (duration.Seconds, "second"),
        };
        var first = Array.FindIndex(parts, p => p.Value > 0);
        if (first < 0)
        {
            return "0 seconds";
        }
        var words = parts.Skip(first).Take(2).Where(p => p.Value > 0).Select(p => Unit(p.Value, p.Unit));
        return string.Join(' ', words);
    }

    /// <summary>Compact form for a table cell: 49:21:38, 3:05, 0:07.</summary>
    public static string Clock(TimeSpan duration)
    {
        var d = duration < TimeSpan.Zero ? TimeSpan.Zero : duration;
        var hours = (long)d.TotalHours;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{d.Minutes:00}:{d.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{d.Minutes}:{d.Seconds:00}");
    }

    private static string Unit(long value, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{value} {unit}{(value == 1 ? "" : "s")}");
}
