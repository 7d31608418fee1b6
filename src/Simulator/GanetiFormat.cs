using System.Globalization;

namespace GntTui.Simulator;

/// <summary>Ganeti's own ways of printing times, sizes and flags, so the simulator's text parses like the real one.</summary>
internal static class GanetiFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Python's time.ctime: "Sat Nov 21 13:04:22 2026", day padded with a space.</summary>
    public static string CTime(DateTimeOffset t)
    {
        var u = t.UtcDateTime;
        return string.Create(Inv, $"{u:ddd MMM} {u.Day,2} {u:HH:mm:ss yyyy}");
    }

    /// <summary>gnt-job info's timestamps: "2026-11-21 13:04:22.105754".</summary>
    public static string JobTime(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", Inv);

    /// <summary>gnt-cluster/instance info's times: "2026-11-21 13:02:49".</summary>
    public static string InfoTime(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Inv);

    /// <summary>A job timestamp as the list shows it: "[1795266172, 915152]".</summary>
    public static string TimestampPair(DateTimeOffset t)
    {
        var (sec, usec) = Split(t);
        return string.Create(Inv, $"[{sec}, {usec}]");
    }

    public static (long Seconds, long Micros) Split(DateTimeOffset t)
    {
        var ticks = t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return (ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond / 10);
    }

    /// <summary>Seconds between two timestamps at microsecond precision, as Ganeti computes deltas.</summary>
    public static double Delta(DateTimeOffset from, DateTimeOffset to)
    {
        var (s1, u1) = Split(from);
        var (s2, u2) = Split(to);
        return s2 - s1 + ((u2 - u1) / 1000000.0);
    }

    /// <summary>Nanoseconds since the epoch, for reason trails.</summary>
    public static long EpochNano(DateTimeOffset t) => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;

    public static string Bool(bool value) => value ? "Y" : "N";

    public static string PyBool(bool value) => value ? "True" : "False";

    /// <summary>utils.FormatUnit: 'h' picks M/G/T, 'm' plain MiB, 'g'/'t' with one decimal.</summary>
    public static string Unit(long mib, char unit)
    {
        switch (unit)
        {
            case 'm':
                return mib.ToString(Inv);
            case 'g':
                return (mib / 1024.0).ToString("0.0", Inv);
            case 't':
                return (mib / 1024.0 / 1024.0).ToString("0.0", Inv);
        }
        if (mib < 1024)
        {
            return mib.ToString(Inv) + "M";
        }
        return mib < 1024 * 1024
            ? (mib / 1024.0).ToString("0.0", Inv) + "G"
            : (mib / 1024.0 / 1024.0).ToString("0.0", Inv) + "T";
    }

    /// <summary>utils.FormatSeconds: "5s", "1m 5s", "2h 0m 7s", "1d 0h 0m 3s".</summary>
    public static string Seconds(double seconds)
    {
        var secs = (long)Math.Round(seconds);
        var parts = new List<string>();
        if (secs > 0)
        {
            foreach (var (suffix, one) in new[] { ("d", 86400L), ("h", 3600L), ("m", 60L) })
            {
                var complete = secs / one;
                secs %= one;
                if (complete > 0 || parts.Count > 0)
                {
                    parts.Add(complete.ToString(Inv) + suffix);
                }
            }
        }
        parts.Add(Math.Max(0, secs).ToString(Inv) + "s");
        return string.Join(' ', parts);
    }

    /// <summary>A number with comma grouping, as /proc/drbd prints speeds.</summary>
    public static string Thousands(long value) => value.ToString("#,0", Inv);

    public static string Num(long value) => value.ToString(Inv);

    public static string Num(int value) => value.ToString(Inv);
}
