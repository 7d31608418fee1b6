using System.Globalization;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>
/// Classifies one <c>gnt-job watch</c> line ("Sat Nov 21 13:04:22 2026 * done"). Table-driven, like
/// Ganeti's lib/storage/drbd_info.py: one named pattern per Ganeti format string (the source of each
/// is given beside it), tried in order, each with how its match becomes a typed entry.
/// </summary>
public static partial class JobLogLineParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // ctime(3): the day of month is space-padded ("Nov  1").
    [GeneratedRegex(@"^(?<ts>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}) (?<msg>.*)$", Options)]
    private static partial Regex TimestampedLine();

    // instance_storage.py WaitForSync: LogInfo("- device %s: %5.2f%% done, %s") with "%s remaining (estimated)" or "no time estimate".
    [GeneratedRegex(@"- device (?<dev>\S+):\s*(?<pct>\d+(\.\d+)?)% done(, (?<rem>.+?) remaining \(estimated\)|, no time estimate)?", Options)]
    private static partial Regex DiskSync();

    // instance_migration.py _ExecMigration: feedback_fn("* memory transfer progress: %.2f %%").
    [GeneratedRegex(@"memory transfer progress:\s*(?<pct>\d+(\.\d+)?)\s*%", Options)]
    private static partial Regex MemoryTransfer();

    // instance_migration.py _WaitUntilSync: feedback_fn("   - progress: %.1f%%") under "* wait until resync is done".
    [GeneratedRegex(@"^\s*- progress:\s*(?<pct>\d+(\.\d+)?)%\s*$", Options)]
    private static partial Regex ResyncWait();

    // instance_storage.py: LogInfo("DRBD resync on secondary %s at %.1f%%").
    [GeneratedRegex(@"DRBD resync on secondary (?<dev>\S+) at (?<pct>\d+(\.\d+)?)%", Options)]
    private static partial Regex SecondaryResync();

    // instance_storage.py WipeDisks: LogInfo(" - done: %.1f%% ETA: %s", …, utils.FormatSeconds(eta)).
    [GeneratedRegex(@"- done:\s*(?<pct>\d+(\.\d+)?)% ETA: (?<rem>.+?)\s*$", Options)]
    private static partial Regex DiskWipe();

    // masterd/instance.py: feedback_fn("Disk %s sent %s" % (idx, FormatProgress(progress))), FormatProgress
    // joining "<size>", "%0.1f MiB/s", optional "%d%%" and optional "ETA %s" with ", ".
    [GeneratedRegex(@"^(?<dev>.+?) sent (?<size>[\d.]+[A-Z]?), (?<speed>[\d.]+) MiB/s(, (?<pct>\d+)%)?(, ETA (?<rem>.+?))?\s*$", Options)]
    private static partial Regex DiskTransfer();

    // mcpu.py LogStep: Log("STEP %d/%d %s" % (current, total, message)).
    [GeneratedRegex(@"^STEP (?<n>\d{1,4})/(?<m>\d{1,4}) (?<name>.*)$", Options)]
    private static partial Regex Step();

    // instance_storage.py WaitForSync: LogInfo("Instance %s's disks are in sync").
    [GeneratedRegex(@"disks are in sync", Options)]
    private static partial Regex DisksInSync();

    // instance_migration.py _ExecMigration: feedback_fn("Pre-migration failed, aborting") and ("Migration failed, aborting").
    [GeneratedRegex(@"^(Pre-m|M)igration failed, aborting", Options)]
    private static partial Regex MigrationFailed();

    // mcpu.py LogWarning: Log(" - WARNING: %s"), then Log("      Hint: %s").
    [GeneratedRegex(@"^\s*-\s*WARNING:\s*(?<msg>.*)$", Options)]
    private static partial Regex Warning();

    [GeneratedRegex(@"^\s+Hint:\s*(?<msg>.*)$", Options)]
    private static partial Regex Hint();

    // mcpu.py LogInfo: Log(" - INFO: %s").
    [GeneratedRegex(@"^\s*-\s*INFO:\s*(?<msg>.*)$", Options)]
    private static partial Regex Info();

    // cli.py JobExecutor.GetResults: ToStdout("Submitted jobs %s", utils.CommaJoin(ok_jobs)).
    [GeneratedRegex(@"^Submitted jobs (?<ids>\d{1,18}(, \d{1,18})*)\s*$", Options)]
    private static partial Regex SubmittedJobs();

    // cli.py JobExecutor.GetResults: ToStdout("Waiting for job %s%s ...", jid, " for %s" % name).
    [GeneratedRegex(@"^Waiting for job (?<ids>\d{1,18})( for (?<dev>\S+))? \.\.\.\s*$", Options)]
    private static partial Regex WaitingForJob();

    // cli.py StdioJobPollReportCb.ReportNotChanged, on stderr.
    [GeneratedRegex(@"^Job (?<ids>\d{1,18}) is waiting in queue\s*$", Options)]
    private static partial Regex Queued();

    [GeneratedRegex(@"^Job (?<ids>\d{1,18}) is trying to acquire all necessary locks\s*$", Options)]
    private static partial Regex WaitingForLocks();

    // utils.FormatSeconds: "2d 9h 19m 49s", leading zero units left out.
    [GeneratedRegex(@"^((?<d>\d+)d )?((?<h>\d+)h )?((?<m>\d+)m )?(?<s>\d+)s$", Options)]
    private static partial Regex FormatSeconds();

    private sealed record Pattern(Func<Regex> Regex, Func<DateTime?, string, Match, JobLogEntry> Build);

    /// <summary>Timestamped lines (the job's own log), most specific first.</summary>
    private static readonly Pattern[] LogPatterns =
    [
        new(DiskSync, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.DiskSync, Percent(m), m.Groups["dev"].Value, Text(m, "rem")) { Eta = Eta(m) }),
        new(MemoryTransfer, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.MemoryTransfer, Percent(m))),
        new(ResyncWait, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.DrbdResync, Percent(m))),
        new(SecondaryResync, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.DrbdResync, Percent(m), m.Groups["dev"].Value)),
        new(DiskWipe, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.DiskWipe, Percent(m), null, Text(m, "rem")) { Eta = Eta(m) }),
        new(DiskTransfer, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.DiskTransfer, m.Groups["pct"].Success ? Percent(m) : null, m.Groups["dev"].Value, Text(m, "rem")) { Eta = Eta(m) }),
        new(Step, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.Step)
        {
            Step = new JobStep(Int(m, "n"), Int(m, "m"), m.Groups["name"].Value.Trim()),
        }),
        new(DisksInSync, (t, msg, _) => new JobLogEntry(t, msg, JobLogKind.DisksInSync, 100)),
        new(MigrationFailed, (t, msg, _) => new JobLogEntry(t, msg, JobLogKind.MigrationFailed)),
        new(Warning, (t, _, m) => new JobLogEntry(t, m.Groups["msg"].Value, JobLogKind.Warning)),
        new(Hint, (t, _, m) => new JobLogEntry(t, "Hint: " + m.Groups["msg"].Value, JobLogKind.Hint)),
        new(Info, (t, _, m) => new JobLogEntry(t, m.Groups["msg"].Value, JobLogKind.Info)),
    ];

    /// <summary>Lines without a timestamp: what cli.py prints around the jobs it waits for.</summary>
    private static readonly Pattern[] CommandPatterns =
    [
        new(SubmittedJobs, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.SubmittedJobs) { JobIds = Ids(m) }),
        new(WaitingForJob, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.WaitingForJob, null, Text(m, "dev")) { JobIds = Ids(m) }),
        new(Queued, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.Queued) { JobIds = Ids(m) }),
        new(WaitingForLocks, (t, msg, m) => new JobLogEntry(t, msg, JobLogKind.WaitingForLocks) { JobIds = Ids(m) }),
    ];

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

    /// <summary>A line cli.py prints without a timestamp ("Submitted jobs 12, 13"); null when it is none of those.</summary>
    public static JobLogEntry? TryParseCommandLine(string line) => Match(CommandPatterns, null, line.TrimEnd('\r'));

    public static JobLogEntry Classify(DateTime? time, string message) =>
        Match(LogPatterns, time, message) ?? new JobLogEntry(time, message, JobLogKind.Message);

    /// <summary>Reads utils.FormatSeconds' "1h 2m 5s" back; null for anything else.</summary>
    public static TimeSpan? ParseFormatSeconds(string? text)
    {
        if (text is null || FormatSeconds().Match(text.Trim()) is not { Success: true } m)
        {
            return null;
        }
        long Part(string g) => m.Groups[g].Success && long.TryParse(m.Groups[g].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var seconds = (((Part("d") * 24) + Part("h")) * 60 + Part("m")) * 60 + Part("s");
        return seconds is >= 0 and < 100L * 365 * 24 * 3600 ? TimeSpan.FromSeconds(seconds) : null;
    }

    private static JobLogEntry? Match(Pattern[] patterns, DateTime? time, string message)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Regex().Match(message) is { Success: true } m)
            {
                return pattern.Build(time, message, m);
            }
        }
        return null;
    }

    private static double Percent(Match m) => double.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string? Text(Match m, string group) => m.Groups[group].Success ? m.Groups[group].Value : null;

    private static TimeSpan? Eta(Match m) => ParseFormatSeconds(Text(m, "rem"));

    private static long[] Ids(Match m) =>
        m.Groups["ids"].Value.Split(", ").Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}
