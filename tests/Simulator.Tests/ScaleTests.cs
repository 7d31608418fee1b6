using System.Diagnostics;
using GntTui.Engine.Ganeti;
using GntTui.Tests.Support;
using Xunit.Abstractions;

namespace GntTui.Simulator.Tests;

/// <summary>The scale target: 1,000 nodes and 20,000 instances build and list fast enough for a refresh loop.</summary>
public class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_thousand_nodes_and_twenty_thousand_instances_build_and_list_quickly()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var (c, build) = Build(DemoSize.Large);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Equal(1000, c.Nodes.Count);
        Assert.Equal(20000, c.Instances.Count);

        var client = new GanetiClient(c.OpenShell());
        await client.FetchAsync(default);
        var sw = Stopwatch.StartNew();
        var data = await client.FetchAsync(default);
        var fetch = sw.Elapsed;
        Assert.Empty(data.Problems);
        Assert.Equal(20000, data.Instances.Count);

        var (raw, list) = List(c);
        Assert.Equal(20000, raw.Stdout.Count(ch => ch == '\n'));

        output.WriteLine($"build {build.Elapsed.TotalMilliseconds:0} ms, {build.Allocated / 1048576.0:0} MiB allocated, {retained / 1048576.0:0.0} MiB retained; " +
            $"instance list {list.Elapsed.TotalMilliseconds:0} ms, {list.Allocated / 1048576.0:0} MiB allocated ({raw.Stdout.Length / 1024} KiB); " +
            $"nodes+instances+jobs fetched and parsed in {fetch.TotalMilliseconds:0} ms");
        Assert.True(retained < 300L * 1024 * 1024, $"retained {retained} bytes");

        // Quick means linear: the times above are printed, not asserted (a shared machine makes any
        // bound flaky; bench/SimulatorScaleBenchmarks measures them). Ten times the cluster must cost
        // at most ~ten times the allocation to build and to list; a pass per instance over all
        // instances would cost a hundred times.
        var (small, smallBuild) = Build(new DemoSize(100, 2000));
        var (_, smallList) = List(small);
        output.WriteLine($"ten times the cluster: {(double)build.Allocated / smallBuild.Allocated:0.0}x the build allocation, {(double)list.Allocated / smallList.Allocated:0.0}x the list's");
        Assert.InRange((double)build.Allocated / smallBuild.Allocated, 1, 15);
        Assert.InRange((double)list.Allocated / smallList.Allocated, 1, 15);
    }

    private static (SimulatedCluster Cluster, Cost Cost) Build(DemoSize size)
    {
        var sw = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var c = DemoClusterFactory.Create(size, 1, new SimClock(SimClock.DefaultStart));
        return (c, new Cost(sw.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated));
    }

    private static (SimCommandOutput Output, Cost Cost) List(SimulatedCluster c)
    {
        var sw = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var raw = c.Run(GanetiQueries.InstanceList());
        return (raw, new Cost(sw.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated));
    }

    private sealed record Cost(TimeSpan Elapsed, long Allocated);

    [Fact]
    public void Placement_respects_memory_and_keeps_drbd_pairs_in_their_group()
    {
        var (c, _) = TestClusters.Demo(9, new DemoSize(120, 3000));
        Assert.All(c.Nodes, n => Assert.True(n.RunningMemoryMiB <= n.MemoryTotalMiB - n.MemoryNodeMiB, $"{n.Name} overcommitted"));
        Assert.All(c.Instances.Where(i => i.IsDrbd), i =>
        {
            Assert.NotSame(i.PrimaryNode, i.SecondaryNode);
            Assert.Same(i.PrimaryNode.Group, i.SecondaryNode!.Group);
        });
        Assert.Equal(3, c.Groups.Count);
        Assert.All(c.Nodes, n => Assert.Equal(n.DrbdMinors.Count, n.PrimaryInstances.Concat(n.SecondaryInstances).Where(i => i.IsDrbd).Sum(i => i.Disks.Count)));
    }
}
