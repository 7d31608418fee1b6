using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.HTools;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Redundancy;
using GntTui.Simulator;

namespace GntTui.Engine.Tests.HTools;

/// <summary>The simulator started from an htools text file: what the Engine then reads is the file's cluster.</summary>
public sealed class HtoolsClusterFactoryTests
{
    private static async Task<ClusterData> ReadAsync(SimulatedCluster c) => await new GanetiClient(c.OpenShell()).FetchAsync(default);

    [Fact]
    public async Task Ganetis_file_comes_back_through_gnt_node_and_gnt_instance_list()
    {
        var file = HtoolsTextReader.Parse(HtoolsFixture.Read("hspace-groups-two.data"));
        var c = HtoolsClusterFactory.Create(file, seed: 1, new SimClock(SimClock.DefaultStart));

        var data = await ReadAsync(c);

        Assert.Empty(data.Problems);
        Assert.Equal(file.Nodes.Select(n => (n.Name, n.FreeMemory, n.TotalMemory)), data.Nodes.Select(n => (n.Name, n.MemoryFree.Value, n.MemoryTotal.Value)));
        Assert.Equal(["group-01", "group-01", "group-02", "group-02"], data.Nodes.Select(n => n.Group));
        var old0 = data.Instances.Single(i => i.Name == "old-0");
        Assert.Equal(("node-01-001", "node-01-002", "drbd", 1024L, InstanceStatus.Running), (old0.PrimaryNode, old0.SecondaryNodes[0], old0.DiskTemplate, old0.Memory.Value, old0.Status));
        Assert.Equal(["node-01-001", "node-01-002"], RedundancyModel.From(data.Nodes, data.Instances).Judge().FailingNodes);
        // DRBD minors are made up: one per DRBD disk on each of its two nodes, and /proc/drbd shows them.
        Assert.Equal(3, c.FindNode("node-01-001")!.DrbdMinors.Count);
        Assert.Contains(" 0: cs:Connected ro:Primary/Secondary", c.ReadProcDrbd("node-01-001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_random_clusters_the_engines_verdict_through_the_simulator_is_the_files()
    {
        var rnd = new Random(77);
        for (var k = 0; k < 40; k++)
        {
            // What gnt-instance list does not carry (auto_balance, forthcoming) stays at Ganeti's defaults here.
            var random = RandomClusters.One(rnd, $"c{k}-", split: false);
            var file = random with { Instances = [.. random.Instances.Select(i => i with { AutoBalance = true, Forthcoming = false })] };
            var c = HtoolsClusterFactory.Create(file, seed: k, new SimClock(SimClock.DefaultStart));

            var data = await ReadAsync(c);

            Assert.Empty(data.Problems);
            Assert.Equal(HtoolsRedundancy.Model(file).Judge().FailingNodes, RedundancyModel.From(data.Nodes, data.Instances).Judge().FailingNodes);
            Assert.Equal(file.Nodes.Where(n => n.Offline).Select(n => n.Name), data.Nodes.Where(n => n.Offline).Select(n => n.Name));
        }
    }

    [Fact]
    public void The_simulators_cluster_verify_finds_enoden1_on_the_nodes_the_pre_flight_calls_failing()
    {
        var rnd = new Random(78);
        for (var k = 0; k < 40; k++)
        {
            // Ganeti's verify also counts ADMIN_offline instances (htools does not), and the simulator
            // does not model auto_balance: both are left out here.
            var random = RandomClusters.One(rnd, $"c{k}-", split: false);
            var file = random with
            {
                Instances = [.. random.Instances.Where(i => i.Status != "ADMIN_offline").Select(i => i with { AutoBalance = true, Forthcoming = false })],
            };
            var c = HtoolsClusterFactory.Create(file, seed: k, new SimClock(SimClock.DefaultStart));

            var enoden1 = c.Groups.SelectMany(g => ClusterVerifier.Check(c, g)).Where(f => f.Code == "ENODEN1").Select(f => f.ObjectName).Distinct().Order(StringComparer.Ordinal);

            Assert.Equal(HtoolsRedundancy.Model(file).Judge().FailingNodes.Order(StringComparer.Ordinal), enoden1);
        }
    }

    [Fact]
    public async Task On_the_demo_a_single_drbd_migrate_or_failover_does_not_cry_n_plus_one()
    {
        var c = DemoClusterFactory.Create(DemoSize.Small, 42, new SimClock(SimClock.DefaultStart));
        var data = await ReadAsync(c);
        var snapshot = new ClusterSnapshot(c.Name, null, data.Nodes, data.Instances, [], SimClock.DefaultStart, ConnectionState.Live, IsDemo: true);
        Assert.True(RedundancyModel.From(snapshot).Judge().Happy);

        var drbd = data.Instances.Where(i => i.IsDrbd && i.Status == InstanceStatus.Running).ToList();
        var warned = drbd.SelectMany(i => new[] { Preflight.Check(new InstanceMigrate(i.Name), snapshot), Preflight.Check(new InstanceFailover(i.Name), snapshot) })
            .SelectMany(r => r.Findings).Count(f => f.Code == PreflightCodes.NPlusOneLost);

        Assert.NotEmpty(drbd);
        Assert.Equal(0, warned);
    }
}
