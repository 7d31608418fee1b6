namespace GntTui.Views.Screens;

/// <summary>
/// Humanizer's English wording for ages and durations, word for word, for when Humanizer cannot
/// run: 2.14 builds an en-US CultureInfo on first use, which throws under InvariantGlobalization
/// unless the app sets PredefinedCulturesOnly=false. The console must not die over wording.
/// </summary>
internal static class PlainEnglishTime
{
    /// <summary>As Humanizer's DateTimeOffset.Humanize(now) for past moments: "3 seconds ago", "an hour ago", "yesterday".</summary>
    public static string Ago(DateTimeOffset then, DateTimeOffset now)
    {
        var ts = (now - then).Duration();
        return ts.TotalMilliseconds switch
        {
            < 500 => "now",
            _ when ts.TotalSeconds < 60 => Past("second", ts.Seconds),
            _ when ts.TotalSeconds < 120 => Past("minute", 1),
            _ when ts.TotalMinutes < 60 => Past("minute", ts.Minutes),
            _ when ts.TotalMinutes < 90 => Past("hour", 1),
            _ when ts.TotalHours < 24 => Past("hour", ts.Hours),
            _ when ts.TotalHours < 48 => Past("day", Math.Abs((then.Date - now.Date).Days)),
            _ when ts.TotalDays < 28 => Past("day", ts.Days),
            _ when ts.TotalDays < 30 => now.Date.AddMonths(-1) == then.Date ? Past("month", 1) : Past("day", ts.Days),
            _ when ts.TotalDays < 345 => Past("month", (int)Math.Floor(ts.TotalDays / 29.5)),
            _ => Past("year", Math.Max(1, (int)Math.Floor(ts.TotalDays / 365))),
        };
    }

    /// <summary>As Humanizer's TimeSpan.Humanize(precision, maxUnit: Day, minUnit: Second, separator " "): "1 minute 52 seconds".</summary>
    public static string Words(TimeSpan span, int precision)
    {
        var parts = new (int Count, string Unit)[]
        {
            ((int)span.TotalDays, "day"),
            (span.Hours, "hour"),
            (span.Minutes, "minute"),
            (span.Seconds, "second"),
        };
        var words = parts.Where(p => p.Count != 0).Take(precision).Select(p => p.Count == 1 ? $"1 {p.Unit}" : $"{p.Count} {p.Unit}s").ToList();
        return words.Count == 0 ? "no time" : string.Join(" ", words);
    }

    private static string Past(string unit, int count) => (unit, count) switch
    {
        (_, 0) => "now",
        ("minute", 1) => "a minute ago",
        ("hour", 1) => "an hour ago",
        ("day", 1) => "yesterday",
        (_, 1) => $"one {unit} ago",
        _ => $"{count} {unit}s ago",
    };
}
