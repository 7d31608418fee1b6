using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Views.Screens.Jobs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Nodes;
using GntTui.Views.Themes;

namespace GntTui.Views.Tests.Screens;

/// <summary>
/// A followed job's progress, from log lines as Ganeti prints them (lib/mcpu.py LogStep "STEP %d/%d %s",
/// lib/cmdlib/instance_storage.py WipeDisks " - done: %.1f%% ETA: %s", lib/cmdlib/instance_migration.py
/// "   - progress: %.1f%%"), in the live log and in the Jobs view row.
/// </summary>
public sealed class JobProgressViewTests
{
    private const string At = "Fri Nov 21 08:59:30 2025 ";

    private static JobLogEntry[] Log(params string[] messages) =>
        messages.Select(m => JobLogLineParser.TryParse(At + m)!).ToArray();

    [Fact]
    public void The_live_log_shows_the_step_and_a_bar_with_ganetis_eta()
    {
        var console = new ConsoleDriver();
        console.Press("4 j Enter");
        var log = Log("STEP 1/6 Check device existence", "STEP 5/6 Sync devices", " - INFO: * Wiping disk 0", " - INFO:  - done: 42.0% ETA: 1m 35s");

        console.Post(new JobLogUpdate(103, log, null, null));
        var text = console.Text();

        Assert.Contains("step 5/6 · 42.0% · ETA 1m35s", text, StringComparison.Ordinal);
        Assert.Contains("step 1/6  Check device existence", text, StringComparison.Ordinal);
        Assert.Contains("step 5/6  Sync devices", text, StringComparison.Ordinal);
        Assert.Contains("wipe", text, StringComparison.Ordinal);
        Assert.Contains("42.0%  ETA 1m 35s", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jobs_row_says_where_our_job_stands()
    {
        var console = new ConsoleDriver();
        console.Post(new JobSubmitted(new InstanceMigrate("web3.example.com"), 103));
        console.Press("4");
        console.Post(new JobLogUpdate(103, Log("* wait until resync is done", "   - progress: 61.5%"), null, null));

        var row = console.Text().Split('\n').Single(l => l.Contains("INSTANCE_MIGRATE(web3", StringComparison.Ordinal));
        Assert.Contains("61.5%", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_elses_job_shows_progress_only_while_its_log_is_followed()
    {
        var console = new ConsoleDriver();
        console.Press("4 j Enter");
        console.Post(new JobLogUpdate(103, Log("   - progress: 61.5%"), null, null));
        console.Press("Esc");

        Assert.DoesNotContain("61.5%", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_shows_only_while_the_job_runs_and_a_reported_failure_is_red()
    {
        var running = TestSnapshots.Job(7, JobStatus.Running, "INSTANCE_MIGRATE(web3)", 60, 50);
        var progress = JobProgress.Of(Log("   - progress: 80.0%", "Pre-migration failed, aborting"));

        var cell = JobColumns.SummaryCell(JobRow.Of(running, progress: progress));
        var ended = JobColumns.SummaryCell(JobRow.Of(running with { Status = JobStatus.Error }, progress: progress));

        Assert.Equal("INSTANCE_MIGRATE(web3)  80.0% · failure reported", cell.Text);
        Assert.Equal(StyleRole.Error, cell.Role);
        Assert.Equal("INSTANCE_MIGRATE(web3)", ended.Text);
    }

    [Theory]
    [InlineData(7, "7s")]
    [InlineData(95, "1m35s")]
    [InlineData(3600, "1h")]
    [InlineData(206389, "2d9h")]
    public void Etas_are_compact(int seconds, string text) =>
        Assert.Equal(text, JobProgressText.Compact(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void A_node_whose_group_ganeti_cannot_name_shows_unknown()
    {
        var node = TestSnapshots.Node("node9.example.com") with { Group = "?" };

        var cell = NodeColumns.GroupCell(node);

        Assert.Equal(("unknown", StyleRole.Muted), (cell.Text, cell.Role));
        Assert.Equal("default", NodeColumns.GroupCell(node with { Group = "default" }).Text);
    }
}
