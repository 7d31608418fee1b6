using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Simulator;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Tests.Screens;

/// <summary>
/// The medium demo, sampled and joined like the console does it: the disks of its shut-down DRBD
/// instances (Ganeti deactivates them at shutdown) are inactive, not "only unhealthy" rows with an
/// activate-disks fix.
/// </summary>
public sealed class DrbdInactiveOnDemoTests
{
    [Fact]
    public async Task Only_unhealthy_keeps_no_disk_of_a_stopped_instance()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(DemoSize.Medium, 42, clock);
        var master = new GanetiClient(cluster.OpenShell());
        var clusterMonitor = new ClusterMonitor(master, cluster.Name, isDemo: true, time: clock);
        await using var sampler = new DrbdSampler(n => cluster.OpenShell(n), time: clock);
        using var monitor = new DrbdMonitor(cluster.Name, master, sampler, time: clock);

        var snapshot = await clusterMonitor.RefreshAsync(default);
        await monitor.UpdateClusterAsync(snapshot, default);
        await Parked(sampler, clock);
        var drbd = monitor.Rebuild();

        var stopped = snapshot.Instances.Where(i => i.IsDrbd && !i.IsMeantToRun).Select(i => i.Name).ToHashSet();
        Assert.NotEmpty(stopped);
        var unhealthy = drbd.Disks.Where(d => d.IsUnhealthy()).ToList();
        Assert.DoesNotContain(unhealthy, d => stopped.Contains(d.Instance));
        var inactive = drbd.Disks.Where(d => stopped.Contains(d.Instance)).ToList();
        Assert.Contains(inactive, d => d.Health == DrbdHealth.Inactive);
        Assert.All(inactive.Where(d => d.Health == DrbdHealth.Inactive), d => Assert.Null(d.Advice.Operation));
    }

    /// <summary>Until every sampled node has delivered the present second's capture and waits on the clock again.</summary>
    private static async Task Parked(DrbdSampler sampler, SimClock clock)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var status = sampler.Status;
            var nodes = sampler.Nodes;
            var live = nodes.Count(n => status.TryGetValue(n, out var s) && s.State == DrbdStreamState.Live && s.LastSampleAt == clock.GetUtcNow());
            if (live == nodes.Count && clock.PendingWaiters >= 2 * live)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < until, "the sampling streams did not settle");
            await Task.Delay(1);
        }
    }
}
