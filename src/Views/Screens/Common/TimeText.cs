using System.Globalization;
using Humanizer;
using Humanizer.Localisation;

namespace GntTui.Views.Screens.Common;

/// <summary>Times and durations: compact in table cells, in words (Humanizer) where there is room.</summary>
internal static class TimeText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"3 seconds ago"; under a second reads "just now" rather than a bare "now".</summary>
    public static string Ago(DateTimeOffset then, DateTimeOffset now)
    {
        if (now - then < TimeSpan.FromSeconds(1))
        {
            return "just now";
        }

        return then.Humanize(now, English);
    }

    /// <summary>"2 hours", "3 minutes 20 seconds": at most <paramref name="precision"/> units, down to seconds.</summary>
    public static string Words(TimeSpan span, int precision = 2)
    {
        if (span < TimeSpan.FromSeconds(1))
        {
            return "under a second";
        }

        return span.Humanize(precision, English, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Second, collectionSeparator: " ");
    }

    /// <summary>"42s", "3m05s", "1h02m", "2d04h": fixed shape so a column of them lines up.</summary>
    public static string Compact(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalSeconds switch
        {
            < 60 => $"{(int)span.TotalSeconds}s",
            < 3600 => $"{span.Minutes}m{span.Seconds:00}s",
            < 86400 => $"{span.Hours}h{span.Minutes:00}m",
            _ => $"{(int)span.TotalDays}d{span.Hours:00}h",
        };
    }

    /// <summary>A moment in the console's local zone: the time alone for today, the date too otherwise.</summary>
    public static string Clock(DateTimeOffset? moment, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (moment is not { } m)
        {
            return "";
        }

        var local = TimeZoneInfo.ConvertTime(m, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        return local.Date == today
            ? local.ToString("HH:mm:ss", English)
            : local.ToString("MM-dd HH:mm", English);
    }

    /// <summary>Full local date and time, for detail panes.</summary>
    public static string Full(DateTimeOffset? moment, TimeZoneInfo zone) =>
        moment is { } m ? TimeZoneInfo.ConvertTime(m, zone).ToString("yyyy-MM-dd HH:mm:ss", English) : "-";
}
