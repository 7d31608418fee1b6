using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Engine.Store;
using GntTui.Simulator;

namespace GntTui.Engine.Tests.Live;

public sealed class ClusterMonitorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-monitor-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static GanetiClient DemoClient(out SimClock clock)
    {
        clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 1, clock);
        return new GanetiClient(cluster.OpenShell("master"));
    }

    [Fact]
    public async Task A_refresh_publishes_a_live_snapshot_and_caches_it_under_the_targets_key()
    {
        using var store = new StateStore(Path.Combine(_dir, "s.db"));
        var cache = new SnapshotCache(store);
        var monitor = new ClusterMonitor(DemoClient(out var clock), "prod", cache, time: clock);
        ClusterSnapshot? published = null;
        monitor.SnapshotPublished += s => published = s;

        await monitor.RefreshAsync(CancellationToken.None);

        Assert.NotNull(published);
        Assert.Equal(ConnectionState.Live, published.Connection);
        Assert.NotEmpty(published.Nodes);
        Assert.Equal("demo.example.com", published.ClusterName);
        var next = new ClusterMonitor(DemoClient(out _), "prod", cache, time: clock);
        Assert.True(next.Current.FromCache);
        Assert.Equal(published.Nodes.Count, next.Current.Nodes.Count);
    }

    [Fact]
    public async Task The_cache_is_written_at_most_once_a_minute()
    {
        using var store = new StateStore(Path.Combine(_dir, "s.db"));
        var cache = new SnapshotCache(store);
        var monitor = new ClusterMonitor(DemoClient(out var clock), "prod", cache, time: clock);
        var first = await monitor.RefreshAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(5));
        var second = await monitor.RefreshAsync(CancellationToken.None);

        Assert.NotEqual(first.TakenAt, second.TakenAt);
        Assert.Equal(first.TakenAt, cache.Load("prod")!.TakenAt);

        clock.Advance(TimeSpan.FromSeconds(61));
        var third = await monitor.RefreshAsync(CancellationToken.None);
        Assert.Equal(third.TakenAt, cache.Load("prod")!.TakenAt);
    }

    [Fact]
    public async Task Another_target_with_the_same_cluster_name_does_not_see_that_cache()
    {
        using var store = new StateStore(Path.Combine(_dir, "s.db"));
        var cache = new SnapshotCache(store);
        await new ClusterMonitor(DemoClient(out var clock), "root@lab-a", cache, time: clock).RefreshAsync(CancellationToken.None);

        var other = new ClusterMonitor(DemoClient(out _), "root@lab-b", cache, time: clock);

        Assert.False(other.Current.FromCache);
        Assert.Empty(other.Current.Nodes);
    }

    [Fact]
    public async Task After_a_master_failover_the_snapshot_names_the_new_master()
    {
        var shell = new Fakes.ScriptedShell()
            .On(GanetiQueries.ClusterInfo(), "Cluster name: c.example.com\nMaster node: node1.example.com\n")
            .On(GanetiQueries.ClusterVersion(), "Software version: 3.0.2\n")
            .On(GanetiQueries.NodeList(), "node1.example.com|M|N|N|Y|1|1|1|1|1|0|0|default\nnode2.example.com|C|N|N|Y|1|1|1|1|1|0|0|default\n")
            .On(GanetiQueries.NodeList(), "node1.example.com|C|N|N|Y|1|1|1|1|1|0|0|default\nnode2.example.com|M|N|N|Y|1|1|1|1|1|0|0|default\n")
            .On(GanetiQueries.InstanceList(), "")
            .On(GanetiQueries.JobList(), "");
        var monitor = new ClusterMonitor(new GanetiClient(shell), "c");

        Assert.Equal("node1.example.com", (await monitor.RefreshAsync(CancellationToken.None)).Info!.MasterNode);
        Assert.Equal("node2.example.com", (await monitor.RefreshAsync(CancellationToken.None)).Info!.MasterNode);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_data_and_says_why()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 1, clock);
        var monitor = new ClusterMonitor(new GanetiClient(cluster.OpenShell("master")), "demo", time: clock);
        await monitor.RefreshAsync(CancellationToken.None);
        var nodes = monitor.Current.Nodes.Count;

        cluster.Faults.DropConnection(times: 10);
        var after = await monitor.RefreshAsync(CancellationToken.None);

        Assert.Equal(ConnectionState.Stale, after.Connection);
        Assert.Equal(nodes, after.Nodes.Count);
        Assert.False(string.IsNullOrEmpty(after.Error));
    }
}
