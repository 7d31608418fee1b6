using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Drbd;

public sealed class DrbdMonitorTests : IDisposable
{
    internal const string Cluster = "cluster.example.com";
    internal const string N1 = "node1.example.com";
    internal const string N2 = "node2.example.com";
    internal const string N3 = "node3.example.com";
    internal const string Inst1 = "inst1.example.com";
    internal const string Inst3 = "inst3.example.com";
    private const long Total = 4_194_304;
    private const long Step = 655_360;

    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-drbd-monitor-").FullName;
    private readonly ManualClock _clock = new(Fixture.Time);
    private readonly ScriptedShell _master = ListDrbd(new ScriptedShell());
    private readonly List<DrbdMonitorEvent> _events = [];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>inst1: node1 minor 0 (primary) / node2 minor 0; inst3: node1 minor 3 (primary) / node3 minor 1.</summary>
    internal static ScriptedShell ListDrbd(ScriptedShell shell) => shell
        .On(GanetiQueries.NodeListDrbd(N1), $"{N1}|0|{Inst1}|disk/0|primary|{N2}\n{N1}|3|{Inst3}|disk/0|primary|{N3}\n")
        .On(GanetiQueries.NodeListDrbd(N2), $"{N2}|0|{Inst1}|disk/0|secondary|{N1}\n")
        .On(GanetiQueries.NodeListDrbd(N3), $"{N3}|1|{Inst3}|disk/0|secondary|{N1}\n");

    internal static DrbdClusterBuilder ThreeNodes() =>
        new DrbdClusterBuilder().Node(N1).Node(N2).Node(N3).Instance(Inst1, N1, N2).Instance(Inst3, N1, N3).Instance("plain.example.com", N2, "", "plain");

    private DrbdMonitor Monitor(DrbdHistory? history = null, DrbdMonitorOptions? options = null, ScriptedShell? master = null)
    {
        var monitor = new DrbdMonitor(Cluster, new GanetiClient(master ?? _master), null, history, options, _clock);
        monitor.EventRaised += _events.Add;
        return monitor;
    }

    private static DrbdSample Sample(string node, double seconds, params string[] minors) =>
        ProcDrbdParser.Parse(ProcText.Of(minors), node, Fixture.Time.AddSeconds(seconds));

    /// <summary>inst3's resync at step k (k*Step KiB done), both sides, at second 10k.</summary>
    private static void Resync(DrbdMonitor m, int k, long? average = null)
    {
        var left = Total - (k * Step);
        m.Ingest(Sample(N1, 10 * k, ProcText.Connected(0), ProcText.Sync(3, "SyncSource", left, Total, average: average)));
        m.Ingest(Sample(N3, 10 * k, ProcText.Sync(1, "SyncTarget", left, Total, average: average)));
    }

    [Fact]
    public async Task Minors_are_joined_to_instance_disks_with_health_advice_and_counts()
    {
        using var monitor = Monitor();
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        monitor.Ingest(Sample(N1, 0, ProcText.Connected(0), ProcText.WFConnection(3)));
        monitor.Ingest(Sample(N2, 0, ProcText.Connected(0, "Secondary", "Primary")));
        monitor.Ingest(Sample(N3, 0));
        _clock.Advance(TimeSpan.FromSeconds(3));

        var snap = monitor.Rebuild();

        Assert.Equal(1, _master.BatchCalls);
        Assert.Equal(3, _master.Calls.Count);
        Assert.Equal(Fixture.Time, snap.MappingsAt);
        Assert.Equal([(Inst1, 0), (Inst3, 0)], snap.Disks.Select(d => (d.Instance, d.DiskIndex)));
        var inst1 = snap.Find(Inst1, 0)!;
        Assert.Equal((DrbdHealth.Healthy, N1, 0, N2), (inst1.Health, inst1.Primary!.Node, inst1.Primary.Minor!.Value, inst1.Secondary!.Node));
        Assert.Null(inst1.Estimate);
        var inst3 = snap.Find(Inst3, 0)!;
        Assert.Equal(DrbdHealth.PeerGone, inst3.Health);
        Assert.Equal(["gnt-instance", "activate-disks", "--submit", Inst3], inst3.Advice.Command);
        Assert.Equal(TimeSpan.FromSeconds(3), inst3.SampleAge);
        Assert.Equal([N1, N2, N3], snap.Nodes.Select(n => n.Node));
        Assert.Equal((2, 1, 0), (snap.FindNode(N1)!.DeviceCount, snap.FindNode(N1)!.DegradedCount, snap.FindNode(N1)!.UnmappedCount));
        Assert.Equal("8.4.3", snap.FindNode(N2)!.DrbdRelease);
        Assert.Empty(_events);
        Assert.Same(snap, monitor.Current);
    }

    [Fact]
    public async Task Unmapped_minors_are_counted_per_node()
    {
        using var monitor = Monitor();
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        monitor.Ingest(Sample(N2, 0, ProcText.Connected(0, "Secondary", "Primary"), ProcText.StandAlone(7)));

        var node2 = monitor.Rebuild().FindNode(N2)!;

        Assert.Equal((2, 1, 1), (node2.DeviceCount, node2.DegradedCount, node2.UnmappedCount));
    }

    [Fact]
    public async Task List_drbd_is_asked_again_only_of_nodes_whose_placement_changed_or_when_old()
    {
        using var monitor = Monitor();
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        Assert.Equal((1, 3), (_master.BatchCalls, _master.Calls.Count));

        _master.Calls.Clear();
        await monitor.UpdateClusterAsync(ThreeNodes().Instance(Inst3, N3, N1).Build(), CancellationToken.None);
        Assert.Equal(2, _master.BatchCalls);
        Assert.Equal([GanetiQueries.NodeListDrbd(N1), GanetiQueries.NodeListDrbd(N3)], _master.Calls);

        _clock.Advance(TimeSpan.FromMinutes(11));
        _master.Calls.Clear();
        await monitor.UpdateClusterAsync(ThreeNodes().Instance(Inst3, N3, N1).Build(), CancellationToken.None);
        Assert.Equal((3, 3), (_master.BatchCalls, _master.Calls.Count));

        // node3 going offline changes nothing node1 or node2 would list: nobody is asked, node3's rows go.
        await monitor.UpdateClusterAsync(ThreeNodes().Instance(Inst3, N3, N1).Node(N3, offline: true).Build(), CancellationToken.None);
        Assert.Equal(3, _master.BatchCalls);
        var inst3 = monitor.Rebuild().Find(Inst3, 0)!;
        // (The scripted list-drbd still names node1 primary: only node1's row is left, naming node3 as its peer.)
        Assert.Equal((N1, (int?)3, N3, (int?)null), (inst3.Primary!.Node, inst3.Primary.Minor, inst3.Secondary!.Node, inst3.Secondary.Minor));
    }

    [Fact]
    public async Task List_drbd_goes_in_batches()
    {
        using var monitor = Monitor(options: new DrbdMonitorOptions { MappingBatchSize = 2 });
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);

        Assert.Equal((2, 3), (_master.BatchCalls, _master.Calls.Count));
        Assert.Equal(2, monitor.Rebuild().Disks.Count);
    }

    [Fact]
    public async Task A_failed_list_drbd_keeps_the_old_mappings_says_why_and_is_retried()
    {
        // ScriptedShell answers in order and repeats the last: fine, then a dropped connection, then fine again.
        var master = new ScriptedShell()
            .On(GanetiQueries.NodeListDrbd(N2), $"{N2}|0|{Inst1}|disk/0|secondary|{N1}\n")
            .On(GanetiQueries.NodeListDrbd(N2), () => throw new RemoteShellException(RemoteFailure.ConnectionDropped, "Connection to master closed"));
        using var monitor = Monitor(master: ListDrbd(master));
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        var moved = ThreeNodes().Instance(Inst1, N2, N1).Build();

        await monitor.UpdateClusterAsync(moved, CancellationToken.None);
        var snap = monitor.Rebuild();

        Assert.Equal(2, snap.Disks.Count);
        Assert.Contains(snap.Notes, n => n.Contains("list-drbd could not be fetched for 2 node(s): Connection to master closed", StringComparison.Ordinal));
        await monitor.UpdateClusterAsync(moved, CancellationToken.None);
        Assert.Equal(3, master.BatchCalls);
        Assert.Empty(monitor.Rebuild().Notes);
    }

    [Fact]
    public async Task An_offline_node_is_dropped_and_its_late_samples_ignored()
    {
        using var monitor = Monitor();
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        monitor.Ingest(Sample(N3, 0, ProcText.WFConnection(1, "Secondary")));

        await monitor.UpdateClusterAsync(ThreeNodes().Node(N3, offline: true).Build(), CancellationToken.None);
        monitor.Ingest(Sample(N3, 1, ProcText.WFConnection(1, "Secondary")));
        var snap = monitor.Rebuild();

        Assert.Null(snap.FindNode(N3));
        var inst3 = snap.Find(Inst3, 0)!;
        Assert.Equal(N3, inst3.Secondary!.Node);
        Assert.Null(inst3.Secondary.Device);
    }

    [Fact]
    public async Task A_resync_is_followed_to_its_end_then_audited_and_recorded()
    {
        using var store = new StateStore(Path.Combine(_dir, "state.db"));
        using var monitor = Monitor(new DrbdHistory(store));
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        var views = new List<DrbdDiskView>();
        for (var k = 0; k <= 5; k++)
        {
            Resync(monitor, k);
            views.Add(monitor.Rebuild().Find(Inst3, 0)!);
        }
        monitor.Ingest(Sample(N1, 64, ProcText.Connected(0), ProcText.Connected(3)));
        monitor.Ingest(Sample(N3, 64, ProcText.Connected(1, "Secondary", "Primary")));
        var done = monitor.Rebuild().Find(Inst3, 0)!;

        Assert.All(views, v => Assert.Equal((DrbdHealth.Syncing, Fixture.Time, true), (v.Health, v.ResyncStartedAt!.Value, v.ResyncStartObserved)));
        var mid = views[3];
        Assert.Equal(46.9, mid.Percent!.Value, 1);
        Assert.Equal(65536, mid.SmoothedSpeedKiBps!.Value, 3);
        Assert.Equal(34, mid.Eta!.Value.TotalSeconds, 0);
        Assert.Equal(TimeSpan.FromSeconds(34), mid.DrbdFinish);
        Assert.Equal((false, false), (mid.Disagrees, mid.Stalled));
        Assert.Equal(N3, mid.Estimate!.Key.Node);
        Assert.Equal(3, mid.SpeedHistory.Count);
        Assert.Equal(DrbdHealth.Healthy, done.Health);
        Assert.Null(done.Estimate);

        var finished = Assert.Single(_events);
        Assert.Equal((DrbdMonitorEventKind.ResyncFinished, Inst3, 0), (finished.Kind, finished.Instance, finished.DiskIndex));
        Assert.Equal("resync of inst3.example.com disk/0 took 1m04s", finished.Message);
        var history = new DrbdHistory(store);
        var row = Assert.Single(history.Finished(Cluster));
        Assert.Equal((TimeSpan.FromSeconds(64), true), (row.Duration, row.StartObserved));
        var audit = Assert.Single(new AuditLog(store).Recent());
        Assert.Equal(("drbd-resync", "inst3.example.com disk/0", DrbdHistory.ObservedStatus, finished.Message), (audit.Verb, audit.Target, audit.Status, audit.Message));
        Assert.Equal(6, history.Load(Cluster, N3, 1).Count);
    }

    [Fact]
    public async Task A_resync_met_mid_way_is_dated_back_by_drbds_average_speed()
    {
        using var monitor = Monitor();
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        Resync(monitor, 3, average: 32768);
        var view = monitor.Rebuild().Find(Inst3, 0)!;
        monitor.Ingest(Sample(N1, 40, ProcText.Connected(0), ProcText.Connected(3)));
        monitor.Ingest(Sample(N3, 40, ProcText.Connected(1, "Secondary", "Primary")));
        monitor.Rebuild();

        Assert.Equal(Fixture.Time.AddSeconds(30 - 60), view.ResyncStartedAt);
        Assert.False(view.ResyncStartObserved);
        Assert.StartsWith("resync of inst3.example.com disk/0 took about 1m10s", Assert.Single(_events).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stall_is_raised_once_per_episode()
    {
        using var monitor = Monitor();
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        for (var s = 0; s <= 60; s += 5)
        {
            monitor.Ingest(Sample(N3, s, ProcText.Sync(1, "SyncTarget", Total / 2, Total)));
            monitor.Rebuild();
        }

        var stall = Assert.Single(_events);
        Assert.Equal(DrbdMonitorEventKind.StallDetected, stall.Kind);
        Assert.Equal(Fixture.Time.AddSeconds(30), stall.Time);
        Assert.Equal("resync of inst3.example.com disk/0 stalled at 50.0%: no progress for 30s", stall.Message);
        Assert.True(monitor.Current.Find(Inst3, 0)!.Stalled);
    }

    [Fact]
    public async Task Drbds_own_stalled_flag_counts_too()
    {
        using var monitor = Monitor();
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        monitor.Ingest(Sample(N3, 0, ProcText.Sync(1, "SyncTarget", Total / 2, Total, stalled: true)));
        monitor.Rebuild();

        Assert.EndsWith("DRBD reports it stalled", Assert.Single(_events).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_split_brain_is_raised_once_with_the_fix()
    {
        using var monitor = Monitor();
        await monitor.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        monitor.Ingest(Sample(N1, 0, ProcText.StandAlone(0)));
        monitor.Ingest(Sample(N2, 0, ProcText.StandAlone(0, "Secondary")));
        monitor.Rebuild();
        monitor.Rebuild();

        var e = Assert.Single(_events);
        Assert.Equal(DrbdMonitorEventKind.SplitBrain, e.Kind);
        Assert.Equal($"split brain on {Inst1} disk/0: {N1} and {N2} are both StandAlone", e.Message);
        Assert.Equal(["gnt-instance", "replace-disks", "--submit", "-s", Inst1], monitor.Current.Find(Inst1, 0)!.Advice.Command);
    }

    [Fact]
    public async Task The_sparkline_carries_on_after_a_restart()
    {
        using var store = new StateStore(Path.Combine(_dir, "state.db"));
        using (var before = Monitor(new DrbdHistory(store)))
        {
            await before.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
            for (var k = 0; k <= 3; k++)
            {
                Resync(before, k);
                before.Rebuild();
            }
        }
        using var after = Monitor(new DrbdHistory(store));
        await after.UpdateClusterAsync(ThreeNodes().Build(), CancellationToken.None);
        Resync(after, 4);
        var first = after.Rebuild().Find(Inst3, 0)!;
        Resync(after, 5);
        var second = after.Rebuild().Find(Inst3, 0)!;

        Assert.Equal(3, first.SpeedHistory.Count);
        Assert.Equal(4, second.SpeedHistory.Count);
        Assert.All(second.SpeedHistory, s => Assert.Equal(65536, s, 3));
    }
}
