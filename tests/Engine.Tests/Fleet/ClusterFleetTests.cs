using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;
using GntTui.Engine.Tests.Fakes;
using GntTui.Simulator;

namespace GntTui.Engine.Tests.Fleet;

public sealed class ClusterFleetTests : IDisposable
{
    private static readonly ClusterProfile Prod = new() { Name = "prod", Ssh = "root@prod" };
    private static readonly ClusterProfile Lab = new() { Name = "lab", Ssh = "root@lab" };
    private static readonly ClusterProfile Demo = new() { Name = "demo", Demo = true };
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-fleet-").FullName;
    private readonly Dictionary<string, IRemoteShell> _shells = [];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Target Open(ClusterProfile p)
    {
        var shell = _shells[p.Name];
        return new Target(p.Name, shell, new GanetiClient(shell), p.Demo, new GntTuiConfig(), new DrbdNodeShells(_ => shell));
    }

    private static IRemoteShell DemoShell(int nodes = 4, int instances = 16) =>
        DemoClusterFactory.Create(new DemoSize(nodes, instances), 3, new SimClock(SimClock.DefaultStart)).OpenShell("master");

    [Fact]
    public async Task A_poll_reads_each_cluster_not_in_front_in_one_round_trip_and_counts_what_it_found()
    {
        var scripted = new ScriptedShell();
        _shells["prod"] = scripted;
        _shells["demo"] = DemoShell(nodes: 6, instances: 20);
        await using var fleet = new ClusterFleet([Prod, Demo], Open, null, TimeSpan.FromSeconds(30));
        fleet.SetActive("prod");

        await fleet.PollOnceAsync(includeActive: false, CancellationToken.None);

        Assert.Empty(scripted.Calls);
        var demo = fleet.Current.Single(c => c.Name == "demo");
        Assert.True(demo.Reachable);
        Assert.Equal(6, demo.Nodes);
        Assert.Equal(20, demo.Instances);
        Assert.Equal("node1.example.com", demo.Master);
        Assert.NotNull(demo.TakenAt);
        Assert.True(fleet.Current.Single(c => c.Name == "prod").IsActive);
        Assert.False(demo.IsActive);
    }

    [Fact]
    public async Task The_three_lists_go_in_one_batch()
    {
        var scripted = ListsOf(nodes: "node1.example.com|M|N|N|Y|8192|512|4096|102400|51200|0|0|default\n");
        _shells["lab"] = scripted;
        await using var fleet = new ClusterFleet([Lab], Open, null, TimeSpan.FromSeconds(30));

        await fleet.PollOnceAsync(includeActive: true, CancellationToken.None);

        Assert.Equal(1, scripted.BatchCalls);
        Assert.Equal(3, scripted.Calls.Count);
    }

    [Fact]
    public async Task Not_the_master_node_is_said_as_the_master_gone_with_Ganetis_words()
    {
        _shells["lab"] = new ScriptedShell()
            .On(GanetiQueries.NodeList(), "", 1, Fixture.Ganeti("79"))
            .On(GanetiQueries.InstanceList(), "")
            .On(GanetiQueries.JobList(), "");
        await using var fleet = new ClusterFleet([Lab], Open, null, TimeSpan.FromSeconds(30));

        await fleet.PollOnceAsync(includeActive: true, CancellationToken.None);

        var lab = Assert.Single(fleet.Current);
        Assert.False(lab.Reachable);
        Assert.True(lab.MasterGone);
        Assert.Contains("This is not the master node", lab.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_the_master_gone_too_and_the_last_figures_stay()
    {
        var answers = 0;
        var shell = new ScriptedShell();
        shell.On(GanetiQueries.NodeList(), () => ++answers == 1
            ? new CommandResult(0, "node1.example.com|M|N|N|Y|8192|512|4096|102400|51200|0|0|default\n", "", TimeSpan.Zero)
            : throw new RemoteShellException(RemoteFailure.ConnectionRefused, "ssh root@lab: connection refused"));
        shell.On(GanetiQueries.InstanceList(), "").On(GanetiQueries.JobList(), "");
        _shells["lab"] = shell;
        await using var fleet = new ClusterFleet([Lab], Open, null, TimeSpan.FromSeconds(30));

        await fleet.PollOnceAsync(includeActive: true, CancellationToken.None);
        await fleet.PollOnceAsync(includeActive: true, CancellationToken.None);

        var lab = Assert.Single(fleet.Current);
        Assert.False(lab.Reachable);
        Assert.True(lab.MasterGone);
        Assert.Equal("ssh root@lab: connection refused", lab.Why);
        Assert.Equal(1, lab.Nodes);
        Assert.Equal("node1.example.com", lab.Master);
    }

    [Fact]
    public async Task A_poll_warms_that_clusters_cache_and_the_next_fleet_starts_from_it()
    {
        _shells["demo"] = DemoShell();
        _shells["prod"] = DemoShell(nodes: 5, instances: 9);
        var path = Path.Combine(_dir, "s.db");
        await using (var fleet = ClusterFleet.Open([Prod], Open, path, TimeSpan.FromSeconds(30)))
        {
            await fleet.PollOnceAsync(includeActive: true, CancellationToken.None);
        }

        using var store = new StateStore(path);
        var cached = new SnapshotCache(store).Load("prod");
        Assert.NotNull(cached);
        Assert.Equal(5, cached.Nodes.Count);
        await using var next = ClusterFleet.Open([Prod], Open, path, TimeSpan.Zero);
        var prod = Assert.Single(next.Current);
        Assert.True(prod.FromCache);
        Assert.Equal(9, prod.Instances);
        Assert.Null(prod.Reachable);
        Assert.Contains("not polled", prod.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_polling_off_the_loop_returns_at_once_and_polls_nothing()
    {
        var scripted = new ScriptedShell();
        _shells["lab"] = scripted;
        await using var fleet = new ClusterFleet([Lab], Open, null, TimeSpan.Zero);

        await fleet.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(scripted.Calls);
        Assert.False(fleet.Polls);
    }

    [Fact]
    public async Task The_cluster_in_front_is_summarised_from_its_session_with_its_resyncs_and_an_unchanged_list_is_not_raised_again()
    {
        _shells["demo"] = DemoShell();
        await using var fleet = new ClusterFleet([Demo, Lab], Open, null, TimeSpan.FromSeconds(30));
        var raised = 0;
        fleet.Changed += _ => raised++;
        fleet.SetActive("demo");
        var monitor = new ClusterMonitor(new GanetiClient(_shells["demo"]), "demo", isDemo: true);
        var snapshot = await monitor.RefreshAsync(CancellationToken.None);

        fleet.Observe("demo", snapshot, DrbdSnapshot.Empty(snapshot.TakenAt));
        var after = raised;
        fleet.Observe("demo", snapshot, DrbdSnapshot.Empty(snapshot.TakenAt));

        var demo = fleet.Current.Single(c => c.Name == "demo");
        Assert.True(demo.IsActive);
        Assert.True(demo.Reachable);
        Assert.Equal(snapshot.Nodes.Count, demo.Nodes);
        Assert.Equal(0, demo.Resyncs);
        Assert.Equal(after, raised);
        Assert.Equal(ConnectionState.Live, snapshot.Connection);
    }

    [Fact]
    public async Task A_followed_master_is_where_the_profile_is_reached_from_then_on_by_polls_and_by_name()
    {
        var dead = new ScriptedShell()
            .On(GanetiQueries.NodeList(), "", 1, Fixture.Ganeti("79"))
            .On(GanetiQueries.InstanceList(), "")
            .On(GanetiQueries.JobList(), "");
        var alive = ListsOf(nodes: "node1.example.com|C|N|N|Y|8192|512|4096|102400|51200|0|0|default\nnode2.example.com|M|N|N|Y|8192|512|4096|102400|51200|0|0|default\n");
        var bySsh = new Dictionary<string, IRemoteShell> { ["root@node1.example.com"] = dead, ["root@node2.example.com"] = alive };
        var onMaster = new ClusterProfile { Name = "lab", Ssh = "root@node1.example.com" };
        await using var fleet = new ClusterFleet([onMaster], p => new Target(p.Name, bySsh[p.Ssh!], new GanetiClient(bySsh[p.Ssh!]), false, new GntTuiConfig(), new DrbdNodeShells(_ => bySsh[p.Ssh!])), null,
            TimeSpan.FromSeconds(30));
        await fleet.PollOnceAsync(includeActive: true, CancellationToken.None);
        Assert.True(fleet.Current.Single(c => c.Name == "lab").MasterGone);

        fleet.Follow(onMaster with { Ssh = "root@node2.example.com" });
        await fleet.PollOnceAsync(includeActive: true, CancellationToken.None);

        Assert.Equal("root@node2.example.com", fleet.Find("lab")!.Ssh);
        Assert.Equal("root@node2.example.com", fleet.Profiles.Single(p => p.Name == "lab").Ssh);
        var lab = fleet.Current.Single(c => c.Name == "lab");
        Assert.True(lab.Reachable);
        Assert.Equal("node2.example.com", lab.Master);
        Assert.Equal(1, alive.BatchCalls);
    }

    private static ScriptedShell ListsOf(string nodes) =>
        new ScriptedShell().On(GanetiQueries.NodeList(), nodes).On(GanetiQueries.InstanceList(), "").On(GanetiQueries.JobList(), "");
}
