using System.Globalization;
using GntTui.Engine.Text;
using Humanizer;

namespace GntTui.Views.Screens.Common;

/// <summary>Times and durations: ages in words (Humanizer); durations in the one compact form.</summary>
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

    /// <summary>"42s", "3m05s", "1h02m", "2d4h": the one duration format (<see cref="DurationText"/>).</summary>
    public static string Compact(TimeSpan span) => DurationText.Compact(span);

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
