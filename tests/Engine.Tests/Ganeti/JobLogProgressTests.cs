using GntTui.Engine.Ganeti.Jobs;

namespace GntTui.Engine.Tests.Ganeti;

/// <summary>
/// Job log lines as Ganeti prints them: each test builds the line from the format string in
/// Ganeti's source (github.com/ganeti/ganeti, the file named beside it) and the way
/// <c>gnt-job watch</c> shows it (cli.py StdioJobPollReportCb: <c>"%s %s" % (time.ctime(ts), msg)</c>;
/// mcpu.py wraps LogInfo in <c>" - INFO: %s"</c>, LogWarning in <c>" - WARNING: %s"</c>, LogStep in <c>"STEP %d/%d %s"</c>).
/// </summary>
public sealed class JobLogProgressTests
{
    private const string At = "Thu Dec  3 09:40:01 2026 ";

    private static JobLogEntry Parse(string message) => JobLogLineParser.TryParse(At + message)!;

    [Fact]
    public void Migration_resync_wait_progress()
    {
        // lib/cmdlib/instance_migration.py _WaitUntilSync: feedback_fn("   - progress: %.1f%%" % min_percent)
        var e = Parse("   - progress: 42.0%");

        Assert.Equal((JobLogKind.DrbdResync, 42.0), (e.Kind, e.Percent));
        Assert.True(e.IsProgress);
        Assert.Equal(new DateTime(2026, 12, 3, 9, 40, 1), e.Time);
    }

    [Fact]
    public void Replace_disks_steps()
    {
        // lib/mcpu.py LogStep: Log("STEP %d/%d %s"); lib/cmdlib/instance_storage.py: LogStep(3, steps_total, "Allocate new storage")
        var e = Parse("STEP 3/6 Allocate new storage");

        Assert.Equal(JobLogKind.Step, e.Kind);
        Assert.Equal(new JobStep(3, 6, "Allocate new storage"), e.Step);
        Assert.False(e.IsProgress);
    }

    [Theory]
    [InlineData("Pre-migration failed, aborting")] // lib/cmdlib/instance_migration.py:906
    [InlineData("Migration failed, aborting")] // lib/cmdlib/instance_migration.py:922
    public void Migration_failures(string message)
    {
        var e = Parse(message);

        Assert.Equal(JobLogKind.MigrationFailed, e.Kind);
        Assert.True(e.IsFailure);
    }

    [Fact]
    public void Disk_wipe_progress_with_eta()
    {
        // lib/cmdlib/instance_storage.py WipeDisks: lu.LogInfo(" - done: %.1f%% ETA: %s", …, utils.FormatSeconds(eta))
        var e = Parse(" - INFO:  - done: 42.0% ETA: 1m 35s");

        Assert.Equal((JobLogKind.DiskWipe, 42.0, "1m 35s"), (e.Kind, e.Percent, e.Remaining));
        Assert.Equal(TimeSpan.FromSeconds(95), e.Eta);
    }

    [Fact]
    public void Disk_sync_with_and_without_an_estimate()
    {
        // lib/cmdlib/instance_storage.py WaitForSync: LogInfo("- device %s: %5.2f%% done, %s", …, rem_time)
        var estimated = Parse(" - INFO: - device disk/0: 34.90% done, 2d 9h 19m 49s remaining (estimated)");
        var none = Parse(" - INFO: - device disk/1:  5.00% done, no time estimate");

        Assert.Equal((JobLogKind.DiskSync, 34.9, "disk/0"), (estimated.Kind, estimated.Percent, estimated.Device));
        Assert.Equal(new TimeSpan(2, 9, 19, 49), estimated.Eta);
        Assert.Equal((JobLogKind.DiskSync, 5.0, "disk/1", null), (none.Kind, none.Percent, none.Device, none.Eta));
    }

    [Fact]
    public void Drbd_resync_on_the_secondary()
    {
        // lib/cmdlib/instance_storage.py: lu.LogInfo("DRBD resync on secondary %s at %.1f%%", node_name, node_percent)
        var e = Parse(" - INFO: DRBD resync on secondary node2.example.com at 12.5%");

        Assert.Equal((JobLogKind.DrbdResync, 12.5, "node2.example.com"), (e.Kind, e.Percent, e.Device));
    }

    [Fact]
    public void Disk_export_progress()
    {
        // lib/masterd/instance.py: feedback_fn("Disk %s sent %s" % (idx, FormatProgress(progress))),
        // FormatProgress = CommaJoin([FormatUnit(mbytes, "h"), "%0.1f MiB/s" % throughput, "%d%%" % percent, "ETA %s" % FormatSeconds(eta)])
        var e = Parse("Disk 0 sent 1.5G, 42.3 MiB/s, 35%, ETA 1m 35s");
        var early = Parse("Disk 1 sent 12M, 3.0 MiB/s");

        Assert.Equal((JobLogKind.DiskTransfer, 35.0, "Disk 0"), (e.Kind, e.Percent, e.Device));
        Assert.Equal(TimeSpan.FromSeconds(95), e.Eta);
        Assert.Equal((JobLogKind.DiskTransfer, null, "Disk 1"), (early.Kind, early.Percent, early.Device));
        Assert.False(early.IsProgress);
    }

    [Fact]
    public void Warning_hint()
    {
        // lib/mcpu.py LogWarning: Log(" - WARNING: %s"), then Log("      Hint: %s" % kwargs["hint"])
        var warning = Parse(" - WARNING: Could not remove disk 0 on node node3.example.com, continuing anyway");
        var hint = Parse("      Hint: remove it by hand");

        Assert.Equal(JobLogKind.Warning, warning.Kind);
        Assert.Equal((JobLogKind.Hint, "Hint: remove it by hand"), (hint.Kind, hint.Message));
    }

    [Fact]
    public void Submitted_jobs_and_waiting_for_each()
    {
        // lib/cli.py JobExecutor.GetResults: ToStdout("Submitted jobs %s", utils.CommaJoin(ok_jobs)),
        // ToStdout("Waiting for job %s%s ...", jid, " for %s" % name)
        var parser = new JobWatchParser();

        var submitted = parser.Feed("Submitted jobs 41, 42, 43, 44")!;
        var waiting = parser.Feed("Waiting for job 42 for inst2.example.com ...")!;
        var plain = parser.Feed("Waiting for job 15 ...")!;

        Assert.Equal(JobLogKind.SubmittedJobs, submitted.Kind);
        Assert.Equal([41L, 42, 43, 44], submitted.JobIds);
        Assert.Equal((JobLogKind.WaitingForJob, "inst2.example.com"), (waiting.Kind, waiting.Device));
        Assert.Equal([42L], waiting.JobIds);
        Assert.Equal([15L], plain.JobIds);
        Assert.Empty(parser.Unrecognised);
    }

    [Fact]
    public void Queue_and_lock_waits_on_stderr()
    {
        // lib/cli.py StdioJobPollReportCb.ReportNotChanged: ToStderr("Job %s is waiting in queue", job_id),
        // ToStderr("Job %s is trying to acquire all necessary locks", job_id)
        var parser = new JobWatchParser();

        Assert.Equal(JobLogKind.Queued, parser.Feed("Job 37 is waiting in queue")!.Kind);
        Assert.Equal(JobLogKind.WaitingForLocks, parser.Feed("Job 37 is trying to acquire all necessary locks")!.Kind);
        Assert.Empty(parser.Unrecognised);
    }

    [Theory]
    [InlineData("0s", 0)]
    [InlineData("49s", 49)]
    [InlineData("1m 0s", 60)]
    [InlineData("1h 0m 5s", 3605)]
    [InlineData("2d 9h 19m 49s", 206389)]
    public void Format_seconds_reads_back(string text, int seconds) =>
        // lib/utils/text.py FormatSeconds
        Assert.Equal(TimeSpan.FromSeconds(seconds), JobLogLineParser.ParseFormatSeconds(text));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5m")]
    public void Other_durations_are_not_read(string text) => Assert.Null(JobLogLineParser.ParseFormatSeconds(text));

    [Fact]
    public void A_replace_disks_log_gives_step_percent_and_eta()
    {
        string[] lines =
        [
            At + "Replacing disk(s) 0 for instance 'inst1.example.com'",
            At + "STEP 1/6 Check device existence",
            At + "STEP 2/6 Check peer consistency",
            At + "STEP 5/6 Sync devices",
            At + " - INFO: Waiting for instance inst1.example.com to sync disks",
            At + " - INFO: - device disk/0: 42.00% done, 1m 35s remaining (estimated)",
        ];
        var log = lines.Select(JobLogLineParser.TryParse).OfType<JobLogEntry>().ToList();

        var progress = JobProgress.Of(log)!;

        Assert.Equal(new JobStep(5, 6, "Sync devices"), progress.Step);
        Assert.Equal((42.0, JobLogKind.DiskSync, TimeSpan.FromSeconds(95), false), (progress.Percent, progress.PercentKind, progress.Eta, progress.Failed));
    }

    [Fact]
    public void A_new_step_drops_the_last_steps_percent_and_a_failure_sticks()
    {
        var log = new[]
        {
            At + "   - progress: 80.0%",
            At + "STEP 6/6 Removing old storage",
            At + "Migration failed, aborting",
        }.Select(JobLogLineParser.TryParse).OfType<JobLogEntry>().ToList();

        var progress = JobProgress.Of(log)!;

        Assert.Equal((6, null, true), (progress.Step!.Number, progress.Percent, progress.Failed));
        Assert.Null(JobProgress.Of([JobLogLineParser.Classify(null, "* done")]));
    }
}
