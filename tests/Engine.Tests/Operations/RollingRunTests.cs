using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Store;

namespace GntTui.Engine.Tests.Operations;

/// <summary>
/// hroller's groups as one persisted roll on the fake cluster: a group's runbooks ending well start
/// the next group, an abort, a blocker or the operator's pause hold it, a restart holds it at its
/// group until continued, read-only refuses it; the watcher is paused for it and continued at its
/// end, and a pause the operator set before is left alone.
/// </summary>
public sealed class RollingRunTests : IDisposable
{
    private const string Node2 = "node2.example.com", Node3 = "node3.example.com";
    private static readonly IReadOnlyList<IReadOnlyList<string>> Groups = [[Node3], [Node2]];
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-roll-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "state.db");

    private static FakeCluster Cluster() => FakeCluster.ThreeNodes()
        .Instance("inst1.example.com", "diskless", Node2, memory: 128)
        .Instance("inst3.example.com", "diskless", Node3, memory: 128);

    private static Func<CancellationToken, Task<ClusterSnapshot>> Snapshots(FakeCluster c) => _ => OpsFixture.SnapshotAsync(c);

    private static RollingRun Start(RunbookHarness h, FakeCluster c, bool pauseWatcher = true) =>
        RollingRun.Start(h.Context, new RollStore(h.Store), Groups, pauseWatcher, Snapshots(c));

    private static Task<RunbookState> FinishAsync(NodeMaintenanceRunbook rb) => RunbookHarness.FinishAsync(rb, noFailedStep: false);

    [Fact]
    public async Task Each_group_starts_when_the_one_before_ended_well_and_the_end_continues_the_watcher()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var roll = Start(h, c);

        var first = Assert.Single(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Equal(Node3, first.Node);
        Assert.Equal(["info", "pause 3600"], c.WatcherCommands);
        Assert.Equal(new WatcherHold(true, "Thu Dec  3 14:00:00 2026", "watcher paused until 14:00"), roll.Current.Watcher);
        Assert.Equal(RollStatus.Running, roll.Current.Status);
        Assert.Empty(roll.Current.Groups[1].Runbooks);

        // Nothing moves on while the group's runbook works (here: it waits at "ready").
        await first.AdvanceAsync(CancellationToken.None);
        Assert.Empty(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Empty(roll.Current.Groups[1].Runbooks);

        Assert.Equal(RunbookStatus.Finished, (await FinishAsync(first)).Status);
        var second = Assert.Single(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Equal(Node2, second.Node);
        Assert.True(roll.Current.Groups[0].Done);
        Assert.Equal(["info", "pause 3600", "info", "pause 3600"], c.WatcherCommands);
        Assert.Equal("Thu Dec  3 15:00:00 2026", roll.Current.Watcher!.Until);

        Assert.Equal(RunbookStatus.Finished, (await FinishAsync(second)).Status);
        Assert.Empty(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Equal(RollStatus.Finished, roll.Current.Status);
        Assert.Equal("the watcher continues", roll.Current.Message);
        Assert.Null(c.WatcherUntil);
        Assert.Equal(["info", "pause 3600", "info", "pause 3600", "info", "continue"], c.WatcherCommands);
        Assert.Equal([("watcher continue", "success"), ("watcher pause", "success"), ("watcher pause", "success")],
            h.Audit.Recent().Where(a => a.Target == "watcher").Select(a => (a.Verb, a.Status)));
        Assert.Empty(new RollStore(h.Store).Open(h.Context.Cluster));
    }

    [Fact]
    public async Task A_restart_holds_the_roll_at_its_group_and_continue_goes_on_from_there()
    {
        var c = Cluster();
        long rollId, runbookId;
        using (var h = new RunbookHarness(c, Db))
        {
            var roll = Start(h, c);
            rollId = roll.Id;
            runbookId = Assert.Single(await roll.AdvanceAsync(CancellationToken.None)).Id;
        }

        using var again = new RunbookHarness(c, Db);
        var store = new RollStore(again.Store);
        var open = Assert.Single(store.Open(again.Context.Cluster));
        Assert.Equal(rollId, open.Id);
        var resumed = RollingRun.Resume(again.Context, store, rollId, Snapshots(c));
        Assert.Equal(RollStatus.Stopped, resumed.Current.Status);
        Assert.Equal("the console restarted: held at group 1 of 2", resumed.Current.Stopped);

        // The group's runbook resumes by itself and ends; the held roll starts nothing until continued.
        Assert.Equal(RunbookStatus.Finished, (await FinishAsync(NodeMaintenanceRunbook.Resume(again.Context, runbookId))).Status);
        Assert.Empty(await resumed.AdvanceAsync(CancellationToken.None));
        Assert.False(resumed.Current.Groups[0].Done);

        resumed.Continue();
        var second = Assert.Single(await resumed.AdvanceAsync(CancellationToken.None));
        Assert.Equal(Node2, second.Node);
        Assert.True(resumed.Current.Groups[0].Done);
        Assert.Equal(RollStatus.Running, resumed.Current.Status);
    }

    [Fact]
    public async Task An_aborted_runbook_stops_the_roll_with_the_watcher_still_paused_and_continue_starts_it_again()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var roll = Start(h, c);
        var first = Assert.Single(await roll.AdvanceAsync(CancellationToken.None));
        first.Abort();

        Assert.Empty(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Equal(RollStatus.Stopped, roll.Current.Status);
        Assert.Equal($"the runbook {first.Id} for node3 was aborted (group 1 of 2): continue starts it again", roll.Current.Stopped);
        Assert.NotNull(c.WatcherUntil);
        Assert.Equal("the watcher is still paused until 14:00 (paused by this run): W continues it", roll.Current.Watcher!.StillPaused);

        roll.Continue();
        var again = Assert.Single(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Equal(Node3, again.Node);
        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal(again.Id, roll.Current.Groups[0].Runbooks[Node3]);
    }

    [Fact]
    public async Task The_operators_pause_lets_the_group_finish_and_starts_no_next_group()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var roll = Start(h, c);
        var first = Assert.Single(await roll.AdvanceAsync(CancellationToken.None));
        roll.Pause();
        Assert.Equal(RunbookStatus.Finished, (await FinishAsync(first)).Status);

        Assert.Empty(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Equal("paused by the operator at group 1 of 2", roll.Current.Stopped);
        Assert.Empty(roll.Current.Groups[1].Runbooks);

        roll.Continue();
        Assert.Equal(Node2, Assert.Single(await roll.AdvanceAsync(CancellationToken.None)).Node);
    }

    [Fact]
    public async Task A_blocked_node_stops_the_roll_until_its_name_is_typed()
    {
        var c = Cluster().Instance("inst2.example.com", "file", Node3, memory: 256);
        using var h = new RunbookHarness(c, Db);
        var roll = Start(h, c);

        Assert.Empty(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Equal(RollStatus.Stopped, roll.Current.Status);
        Assert.Equal([Node3], roll.Current.Blocked);
        Assert.StartsWith("group 1 is blocked: inst2: Instance's disk layout 'file' does not allow migrations", roll.Current.Stopped, StringComparison.Ordinal);
        Assert.Empty(c.Mutations);

        roll.Continue(["node3"]);
        Assert.Empty(await roll.AdvanceAsync(CancellationToken.None));
        roll.Continue([Node3]);
        Assert.Equal(Node3, Assert.Single(await roll.AdvanceAsync(CancellationToken.None)).Node);
    }

    [Fact]
    public async Task A_pause_the_operator_set_before_the_roll_is_left_alone_at_the_end()
    {
        var c = Cluster();
        c.WatcherUntil = "Thu Dec  3 18:00:00 2026";
        using var h = new RunbookHarness(c, Db);
        var roll = RollingRun.Start(h.Context, new RollStore(h.Store), [[Node3]], true, Snapshots(c));

        var rb = Assert.Single(await roll.AdvanceAsync(CancellationToken.None));
        Assert.False(roll.Current.Watcher!.Ours);
        Assert.Null(roll.Current.Watcher.StillPaused);
        await FinishAsync(rb);
        await roll.AdvanceAsync(CancellationToken.None);

        Assert.Equal(RollStatus.Finished, roll.Current.Status);
        Assert.Equal("the watcher was not paused by this run: left as it is", roll.Current.Message);
        Assert.Equal(["info"], c.WatcherCommands);
        Assert.Equal("Thu Dec  3 18:00:00 2026", c.WatcherUntil);
    }

    [Fact]
    public async Task Without_the_watcher_choice_the_watcher_is_not_touched()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var roll = RollingRun.Start(h.Context, new RollStore(h.Store), [[Node3]], false, Snapshots(c));
        await FinishAsync(Assert.Single(await roll.AdvanceAsync(CancellationToken.None)));
        await roll.AdvanceAsync(CancellationToken.None);

        Assert.Equal(RollStatus.Finished, roll.Current.Status);
        Assert.Empty(c.WatcherCommands);
    }

    [Fact]
    public async Task A_failed_watcher_pause_stops_the_roll_before_its_group()
    {
        var c = Cluster();
        c.FailWatcher = "Failure: command execution error:\nCannot pause the watcher";
        using var h = new RunbookHarness(c, Db);
        var roll = Start(h, c);

        Assert.Empty(await roll.AdvanceAsync(CancellationToken.None));
        Assert.Equal(RollStatus.Stopped, roll.Current.Status);
        Assert.StartsWith("watcher pause not done before group 1: ", roll.Current.Stopped, StringComparison.Ordinal);
        Assert.Empty(roll.Current.Groups[0].Runbooks);
    }

    [Fact]
    public async Task Read_only_refuses_the_roll_in_the_engine_and_audits_the_refusal()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db, readOnly: true);

        var e = Assert.Throws<GanetiException>(() => Start(h, c));
        Assert.Equal(GanetiErrorKind.ReadOnly, e.Kind);
        Assert.Empty(new RollStore(h.Store).Open(h.Context.Cluster));
        var row = Assert.Single(h.Audit.Recent());
        Assert.Equal(("roll", AuditStatus.Refused, "hroller -L: node3 | node2"), (row.Verb, row.Status, row.Command));
        Assert.Empty(c.WatcherCommands);
        Assert.Empty(c.Mutations);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task One_open_roll_per_cluster()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var roll = Start(h, c);
        Assert.Equal($"roll {roll.Id} is still open (at group 1 of 2): continue it or abandon it first", Assert.Throws<InvalidOperationException>(() => Start(h, c)).Message);
        roll.Abort();
        Assert.Equal(RollStatus.Aborted, roll.Current.Status);
        Start(h, c);
        await Task.CompletedTask;
    }
}
