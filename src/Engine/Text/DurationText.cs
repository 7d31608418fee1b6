using System.Globalization;

namespace GntTui.Engine.Text;

/// <summary>
/// The one way a duration or an ETA is written, in the console, in messages and in <c>status</c> /
/// <c>drbd --replay</c>: "42s", "3m05s", "1h02m", "3d4h". Two units at most, so the same ETA reads the
/// same everywhere and fits a narrow column.
/// </summary>
public static class DurationText
{
    public static string Compact(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalSeconds switch
        {
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalSeconds}s"),
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m{span.Seconds:00}s"),
            < 86400 => string.Create(CultureInfo.InvariantCulture, $"{span.Hours}h{span.Minutes:00}m"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays}d{span.Hours}h"),
        };
    }
}
