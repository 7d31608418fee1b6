using System.Globalization;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>
/// Classifies one <c>gnt-job watch</c> line ("Sat Nov 21 13:04:22 2026 * done"). Table-driven by
/// named patterns, in the order they must be tried.
/// </summary>
public static partial class JobLogLineParser
{
    // ctime(3): the day of month is space-padded ("Nov  1").
    [GeneratedRegex(@"^(?<ts>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}) (?<msg>.*)$")]
    private static partial Regex TimestampedLine();

    [GeneratedRegex(@"- device (?<dev>\S+):\s*(?<pct>\d+(?:\.\d+)?)% done(?:, (?<rem>.+?) remaining \(estimated\)|, no time estimate)?")]
    private static partial Regex DiskSync();

    [GeneratedRegex(@"memory transfer progress:\s*(?<pct>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex MemoryTransfer();

    [GeneratedRegex(@"disks are in sync")]
    private static partial Regex DisksInSync();

    [GeneratedRegex(@"Migration failed, aborting")]
    private static partial Regex MigrationFailed();

    [GeneratedRegex(@"^\s*-\s*INFO:\s*(?<msg>.*)$")]
    private static partial Regex Info();

    [GeneratedRegex(@"^\s*-\s*WARNING:\s*(?<msg>.*)$")]
    private static partial Regex Warning();

    /// <summary>Parses a timestamped log line; null for anything else (headers, failure text).</summary>
    public static JobLogEntry? TryParse(string line)
    {
        var m = TimestampedLine().Match(line.TrimEnd('\r'));
        if (!m.Success)
        {
            return null;
        }
        var ts = m.Groups["ts"].Value;
        DateTime? time = DateTime.TryParseExact(ts.Replace("  ", " ", StringComparison.Ordinal), "ddd MMM d HH:mm:ss yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : null;
        return Classify(time, m.Groups["msg"].Value);
    }

    public static JobLogEntry Classify(DateTime? time, string message)
    {
        if (DiskSync().Match(message) is { Success: true } d)
        {
            var rem = d.Groups["rem"].Success ? d.Groups["rem"].Value : null;
            return new JobLogEntry(time, message, JobLogKind.DiskSync, Percent(d), d.Groups["dev"].Value, rem);
        }
        if (MemoryTransfer().Match(message) is { Success: true } mt)
        {
            return new JobLogEntry(time, message, JobLogKind.MemoryTransfer, Percent(mt));
        }
        if (DisksInSync().IsMatch(message))
        {
            return new JobLogEntry(time, message, JobLogKind.DisksInSync, 100);
        }
        if (MigrationFailed().IsMatch(message))
        {
            return new JobLogEntry(time, message, JobLogKind.MigrationFailed);
        }
        if (Warning().Match(message) is { Success: true } w)
        {
            return new JobLogEntry(time, w.Groups["msg"].Value, JobLogKind.Warning);
        }
        if (Info().Match(message) is { Success: true } i)
        {
            return new JobLogEntry(time, i.Groups["msg"].Value, JobLogKind.Info);
        }
        return new JobLogEntry(time, message, JobLogKind.Message);
    }

    private static double Percent(Match m) => double.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture);
}
