using GntTui.Engine.Operations;

namespace GntTui.Engine.Tests.Operations;

/// <summary>
/// The node maintenance runbook with the watcher choice on: paused first (read first, audited),
/// continued at the end only when the pause is still its own; an abort leaves it paused and says so.
/// </summary>
public sealed class RunbookWatcherTests : IDisposable
{
    private const string Node3 = "node3.example.com";
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-rbw-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "state.db");

    private static FakeCluster Cluster() => FakeCluster.ThreeNodes().Instance("inst3.example.com", "diskless", Node3, memory: 128);

    private static Task<RunbookState> FinishAsync(NodeMaintenanceRunbook rb) => RunbookHarness.FinishAsync(rb, noFailedStep: true);

    [Fact]
    public async Task The_runbook_pauses_the_watcher_first_and_continues_it_last()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var snapshot = await OpsFixture.SnapshotAsync(c);
        Assert.Equal("pause-watcher", NodeMaintenanceRunbook.Plan(Node3, snapshot, options: new RunbookOptions(PauseWatcher: true)).Steps[0].Id);
        Assert.Equal("drain", NodeMaintenanceRunbook.Plan(Node3, snapshot).Steps[0].Id);
        var rb = NodeMaintenanceRunbook.Start(h.Context, Node3, snapshot, options: new RunbookOptions(PauseWatcher: true));

        var s = await rb.AdvanceAsync(CancellationToken.None);
        Assert.Equal("ready", s.Current!.Id);
        Assert.Equal((RunbookStepState.Done, "watcher paused until 14:00"), (s.Step("pause-watcher").State, s.Step("pause-watcher").Message));
        Assert.Equal("Thu Dec  3 14:00:00 2026", c.WatcherUntil);
        Assert.True(s.Watcher!.Ours);

        s = await FinishAsync(rb);
        Assert.Equal(RunbookStatus.Finished, s.Status);
        Assert.Equal("the watcher continues", s.Step("continue-watcher").Message);
        Assert.Null(c.WatcherUntil);
        Assert.Equal(["info", "pause 3600", "info", "continue"], c.WatcherCommands);
        Assert.Equal([("watcher continue", "success"), ("watcher pause", "success")],
            h.Audit.Recent().Where(a => a.Target == "watcher").Select(a => (a.Verb, a.Status)));
    }

    [Fact]
    public async Task A_pause_set_before_the_runbook_is_neither_renewed_nor_continued()
    {
        var c = Cluster();
        c.WatcherUntil = "Thu Dec  3 18:00:00 2026";
        using var h = new RunbookHarness(c, Db);
        var rb = NodeMaintenanceRunbook.Start(h.Context, Node3, await OpsFixture.SnapshotAsync(c), options: new RunbookOptions(PauseWatcher: true));

        var s = await FinishAsync(rb);
        Assert.Equal("the watcher was already paused until 18:00 (not by this run): left as it is, and not continued at the end", s.Step("pause-watcher").Message);
        Assert.Equal("the watcher was not paused by this run: left as it is", s.Step("continue-watcher").Message);
        Assert.Equal(["info"], c.WatcherCommands);
        Assert.Equal("Thu Dec  3 18:00:00 2026", c.WatcherUntil);
    }

    [Fact]
    public async Task A_pause_someone_set_again_meanwhile_is_not_continued()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var rb = NodeMaintenanceRunbook.Start(h.Context, Node3, await OpsFixture.SnapshotAsync(c), options: new RunbookOptions(PauseWatcher: true));
        await rb.AdvanceAsync(CancellationToken.None);
        c.WatcherUntil = "Thu Dec  3 20:00:00 2026";

        var s = await FinishAsync(rb);
        Assert.Equal("the watcher was paused again by someone else (until 20:00): left as it is", s.Step("continue-watcher").Message);
        Assert.Equal("Thu Dec  3 20:00:00 2026", c.WatcherUntil);
    }

    [Fact]
    public async Task An_aborted_runbook_leaves_the_watcher_paused_and_says_until_when()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var rb = NodeMaintenanceRunbook.Start(h.Context, Node3, await OpsFixture.SnapshotAsync(c), options: new RunbookOptions(PauseWatcher: true));
        await rb.AdvanceAsync(CancellationToken.None);
        rb.Abort();

        Assert.Equal(RunbookStatus.Aborted, rb.Current.Status);
        Assert.Equal("the watcher is still paused until 14:00 (paused by this run): W continues it", rb.Current.Watcher!.StillPaused);
        Assert.NotNull(c.WatcherUntil);
        Assert.Equal(["info", "pause 3600"], c.WatcherCommands);
    }

    [Fact]
    public async Task Read_only_fails_the_pause_step_audited_and_sends_nothing()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db, readOnly: true);
        var rb = NodeMaintenanceRunbook.Start(h.Context, Node3, await OpsFixture.SnapshotAsync(c), options: new RunbookOptions(PauseWatcher: true));

        var s = await rb.AdvanceAsync(CancellationToken.None);
        Assert.Equal(RunbookStepState.Failed, s.Step("pause-watcher").State);
        Assert.Equal("watcher pause not done: read-only mode: refusing to watcher pause", s.Step("pause-watcher").Message);
        Assert.Null(c.WatcherUntil);
        Assert.Equal(["info"], c.WatcherCommands);
        Assert.Equal(("watcher pause", "refused"), h.Audit.Recent().Select(a => (a.Verb, a.Status)).Single());
    }
}
