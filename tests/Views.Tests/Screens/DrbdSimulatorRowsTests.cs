using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Simulator;
using GntTui.Views.Screens.Drbd;

namespace GntTui.Views.Tests.Screens;

/// <summary>
/// From the simulator to the screen: the Engine's sampler and monitor read a demo cluster whose
/// node was just marked offline, and the console's DRBD row and instance detail say WFConnection.
/// </summary>
public sealed class DrbdSimulatorRowsTests
{
    [Fact]
    public async Task An_offlined_peer_reads_WFConnection_in_the_drbd_row_and_the_instance_detail()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 42, clock);
        var instance = cluster.Instances.First(i => i.IsDrbd && i.AdminState == SimAdminState.Up && i.SecondaryNode is { IsMaster: false });
        var primary = instance.PrimaryNode.Name;
        var peer = instance.SecondaryNode!.Name;
        var master = new GanetiClient(cluster.OpenShell());
        var clusterMonitor = new ClusterMonitor(master, cluster.Name, isDemo: true, time: clock);
        await using var sampler = new DrbdSampler(n => cluster.OpenShell(n), time: clock);
        using var monitor = new DrbdMonitor(cluster.Name, master, sampler, time: clock);

        async Task<ClusterSnapshot> Refresh()
        {
            var snapshot = await clusterMonitor.RefreshAsync(default);
            await monitor.UpdateClusterAsync(snapshot, default);
            await Parked(sampler, clock);
            return snapshot;
        }

        await Refresh();
        Assert.Equal(DrbdHealth.Healthy, monitor.Rebuild().Find(instance.Name, 0)!.Health);
        var job = await master.SubmitAsync(new NodeSetOffline(peer, true), default);
        for (var i = 0; i < 120 && !cluster.FindJob(job)!.IsFinished; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Parked(sampler, clock);
        }
        Assert.Equal(JobStatus.Success, cluster.FindJob(job)!.Status);
        var clusterSnapshot = await Refresh();
        clock.Advance(TimeSpan.FromSeconds(1));
        await Parked(sampler, clock);
        var drbd = monitor.Rebuild();

        // The snapshot: the surviving primary waits for its peer, which is no longer sampled.
        var disk = drbd.Find(instance.Name, 0)!;
        Assert.Equal(primary, disk.Primary!.Node);
        Assert.Equal(DrbdConnectionState.WFConnection, disk.Primary.Device!.Connection);
        Assert.DoesNotContain(peer, sampler.Nodes);

        // The DRBD view's row, through its row builder and columns.
        var row = DrbdRowBuilder.Build(drbd).Single(r => r.Key == $"{instance.Name}/disk/0");
        Assert.Equal("WFConnection", DrbdColumns.Cell(row, DrbdColumns.Connection, mono: false).Text);
        Assert.Contains("WFConnection", DrbdColumns.Cell(row, DrbdColumns.Flags, mono: false).Text, StringComparison.Ordinal);
        Assert.Equal(primary, DrbdColumns.Cell(row, DrbdColumns.Primary, mono: false).Text);

        // The console as rendered: the DRBD list, then the instance's detail pane.
        var console = new ConsoleDriver(clusterSnapshot, width: 220, height: 60);
        console.Post(drbd);
        console.Press("3");
        console.App.ActiveScreen.Table.SelectKey($"{instance.Name}/disk/0");
        var drbdLine = console.Text().Split('\n').Single(l => l.Contains(instance.Name, StringComparison.Ordinal) && l.Contains(primary, StringComparison.Ordinal));
        Assert.Contains("WFConnection", drbdLine, StringComparison.Ordinal);
        console.Press("2");
        Assert.True(console.App.ActiveScreen.Table.SelectKey(instance.Name));
        console.Press("Enter");
        var text = console.Text();
        Assert.Contains($"{primary} minor {disk.Primary.Minor}: Primary, UpToDate, WFConnection", text, StringComparison.Ordinal);
    }

    /// <summary>Until every sampled node has delivered the present second's capture and waits on the clock again.</summary>
    private static async Task Parked(DrbdSampler sampler, SimClock clock)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var status = sampler.Status;
            var nodes = sampler.Nodes;
            var live = nodes.Count(n => status.TryGetValue(n, out var s) && s.State == DrbdStreamState.Live && s.LastSampleAt == clock.GetUtcNow());
            // A live stream waits on its sleep and its silence timer.
            if (live == nodes.Count && clock.PendingWaiters >= 2 * live)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < until, "the sampling streams did not settle");
            await Task.Delay(1);
        }
    }
}
