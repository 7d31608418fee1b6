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
        var clock = new SimClock(SimClock.DefaultStart);
        var sw = Stopwatch.StartNew();
        var c = DemoClusterFactory.Create(DemoSize.Large, 1, clock);
        var build = sw.Elapsed;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.Equal(1000, c.Nodes.Count);
        Assert.Equal(20000, c.Instances.Count);

        var client = new GanetiClient(c.OpenShell());
        await client.FetchAsync(default);
        sw.Restart();
        var data = await client.FetchAsync(default);
        var fetch = sw.Elapsed;
        Assert.Empty(data.Problems);
        Assert.Equal(20000, data.Instances.Count);

        sw.Restart();
        var raw = c.Run(GanetiQueries.InstanceList());
        var list = sw.Elapsed;
        Assert.Equal(20000, raw.Stdout.Count(ch => ch == '\n'));

        output.WriteLine($"build {build.TotalMilliseconds:0} ms, {retained / 1048576.0:0.0} MiB retained; " +
            $"instance list {list.TotalMilliseconds:0} ms ({raw.Stdout.Length / 1024} KiB); nodes+instances+jobs fetched and parsed in {fetch.TotalMilliseconds:0} ms");
        // Generous bounds: a shared 2-core machine, a Debug build.
        Assert.True(build < TimeSpan.FromSeconds(15), $"build took {build}");
        Assert.True(list < TimeSpan.FromSeconds(3), $"listing took {list}");
        Assert.True(retained < 300L * 1024 * 1024, $"retained {retained} bytes");
    }

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
