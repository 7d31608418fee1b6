using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Simulator;
using GntTui.Tests.Support;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// The sampler and monitor over the simulator's node shells, the clock moved a second at a time:
/// what the console shows while a cluster fails over, stalls, loses a node or splits its brain.
/// </summary>
public sealed class DrbdMonitorOnSimulatorTests
{
    private const string Big = "big.example.com";
    private const string Node1 = "node1.example.com";
    private const string Node2 = "node2.example.com";

    [Fact]
    public async Task A_failover_resync_is_followed_to_100_percent_and_ends_connected_with_its_duration()
    {
        var (c, clock) = TestClusters.Lab();
        await using var h = await DrbdSimHarness.StartAsync(c, clock);
        Assert.Equal(DrbdHealth.Healthy, h.Current.Find(Big, 0)!.Health);

        var id = await h.SubmitAsync(new InstanceFailover(Big));
        var link = c.FindInstance(Big)!.Disks[0].Drbd!;
        var percents = new List<double>();
        SimDrbdResync? truth = null;
        for (var i = 0; i < 300 && !(truth is not null && c.FindJob(id)!.IsFinished && h.Current.Find(Big, 0)!.Health == DrbdHealth.Healthy); i++)
        {
            var disk = (await h.StepAsync()).Find(Big, 0)!;
            truth ??= c.Locked(() => link.Resync);
            if (disk.IsResyncing)
            {
                Assert.Equal(DrbdHealth.Syncing, disk.Health);
                percents.Add(disk.Percent!.Value);
            }
        }

        Assert.NotNull(truth);
        Assert.NotEmpty(percents);
        // Followed to the end: the last reading is within a second's worth of 100%.
        Assert.InRange(percents[^1], 90, 100);
        Assert.Equal(percents.Order(), percents);
        var done = h.Current.Find(Big, 0)!;
        Assert.Equal(DrbdHealth.Healthy, done.Health);
        foreach (var side in new[] { done.Primary!, done.Secondary! })
        {
            Assert.Equal((DrbdConnectionState.Connected, DrbdDiskState.UpToDate, DrbdDiskState.UpToDate),
                (side.Device!.Connection, side.Device.Disk, side.Device.PeerDisk));
        }
        // The failover moved the primary to node2; node1 (the old primary) was the one caught up.
        Assert.Equal((Node2, Node1), (done.Primary!.Node, done.Secondary!.Node));

        var finished = Assert.Single(h.Events, e => e.Kind == DrbdMonitorEventKind.ResyncFinished);
        Assert.Equal((Big, 0), (finished.Instance, finished.DiskIndex));
        Assert.True(finished.Finished!.StartObserved);
        // Seen a second at a time: each end can be late by up to one sample.
        var real = truth!.CompletionTime()!.Value - truth.Start;
        Assert.InRange(finished.Finished.Duration, real - TimeSpan.FromSeconds(1), real + TimeSpan.FromSeconds(1));
        Assert.StartsWith($"resync of {Big} disk/0 took ", finished.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Events, e => e.Kind is DrbdMonitorEventKind.SplitBrain);
    }

    /// <summary>
    /// DRBD prints "(stalled)" 4 to 7 s after the last block moved (its marks step by 3 s, the test
    /// is 24 s past a mark 18 s back): with 3 s our own no-progress rule fires first; with 30 s
    /// (the default) DRBD's flag does, and both must be inside the bound.
    /// </summary>
    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public async Task A_stalled_resync_is_flagged_after_progress_stops_and_within_the_stall_time(int stallAfterSeconds)
    {
        var stallAfter = TimeSpan.FromSeconds(stallAfterSeconds);
        var options = new DrbdMonitorOptions { Estimator = new ResyncEstimatorOptions { StallAfter = stallAfter } };
        var (c, clock) = TestClusters.Lab();
        await using var h = await DrbdSimHarness.StartAsync(c, clock, options);
        await h.SubmitAsync(new InstanceReplaceDisks(Big, ReplaceDisksMode.Secondary));
        var remaining = new List<(DateTimeOffset Time, long Left)>();
        async Task Step()
        {
            var disk = (await h.StepAsync()).Find(Big, 0)!;
            if (disk.IsResyncing && disk.RemainingKiB is { } left)
            {
                remaining.Add((h.Now, left));
            }
        }

        while (remaining.Count < 20)
        {
            await Step();
        }
        var stalledAt = h.Now;
        c.StallResyncs(Node2, TimeSpan.FromSeconds(60));
        for (var i = 0; i < 45; i++)
        {
            await Step();
        }

        var stalls = h.Events.Where(e => e.Kind == DrbdMonitorEventKind.StallDetected && e.Instance == Big).ToList();
        var ours = Assert.Single(stalls, e => e.Time > stalledAt);
        Assert.InRange(ours.Time, stalledAt + TimeSpan.FromSeconds(1), stalledAt + stallAfter + h.Sampler.Options.Interval);
        if (stallAfterSeconds == 3)
        {
            Assert.Contains("no progress for 3", ours.Message, StringComparison.Ordinal);
        }
        // Any stall flagged (the simulator has natural ones too) came after the remaining KiB stopped
        // going down, and no later than the stall time plus one sample after it did.
        foreach (var stall in stalls)
        {
            var lastMove = remaining.Zip(remaining.Skip(1)).Where(p => p.Second.Left < p.First.Left && p.Second.Time <= stall.Time).Max(p => p.Second.Time);
            Assert.True(lastMove < stall.Time, $"stall flagged at {stall.Time:T} while the resync moved then");
            Assert.True(stall.Time - lastMove <= stallAfter + h.Sampler.Options.Interval, $"stall flagged {(stall.Time - lastMove).TotalSeconds} s after progress stopped");
        }
        Assert.True(h.Current.Find(Big, 0)!.Stalled);
        for (var i = 0; i < 20; i++)
        {
            await Step();
        }
        Assert.False(h.Current.Find(Big, 0)!.Stalled);
    }

    [Fact]
    public async Task An_offlined_peer_shows_WFConnection_on_the_instances_disk()
    {
        var (c, clock) = TestClusters.Lab();
        await using var h = await DrbdSimHarness.StartAsync(c, clock);
        Assert.Contains(Node2, h.Sampler.Nodes);

        await h.WaitForJobAsync(await h.SubmitAsync(new NodeSetOffline(Node2, true)));
        var snapshot = await h.StepAsync();

        Assert.DoesNotContain(Node2, h.Sampler.Nodes);
        Assert.Null(snapshot.FindNode(Node2));
        var disk = snapshot.Find(Big, 0)!;
        Assert.Equal(Node1, disk.Primary!.Node);
        Assert.Equal(DrbdConnectionState.WFConnection, disk.Primary.Device!.Connection);
        Assert.Equal(DrbdDiskState.DUnknown, disk.Primary.Device.PeerDisk);
        Assert.NotEqual(DrbdHealth.Healthy, disk.Health);
        // small's primary is the offlined node: its surviving secondary waits too.
        var small = snapshot.Find("small.example.com", 0)!;
        Assert.Equal(DrbdConnectionState.WFConnection, (small.Secondary!.Device ?? small.Primary!.Device)!.Connection);
    }

    [Fact]
    public async Task A_peer_that_loses_power_shows_WFConnection_on_the_instances_disk()
    {
        var (c, clock) = TestClusters.Lab();
        await using var h = await DrbdSimHarness.StartAsync(c, clock);
        c.PowerOff(Node2);
        var disk = (await h.StepAsync()).Find(Big, 0)!;
        Assert.Equal(Node1, disk.Primary!.Node);
        Assert.Equal(DrbdConnectionState.WFConnection, disk.Primary.Device!.Connection);
        Assert.NotEqual(DrbdHealth.Healthy, disk.Health);
    }

    [Fact]
    public async Task A_split_brain_raises_one_SplitBrain_event()
    {
        var (c, clock) = TestClusters.Lab();
        await using var h = await DrbdSimHarness.StartAsync(c, clock);
        await h.StepAsync();
        Assert.Empty(h.Events);

        c.BreakDrbdConnection(Big);
        var disk = (await h.StepAsync()).Find(Big, 0)!;
        for (var i = 0; i < 5; i++)
        {
            await h.StepAsync();
        }

        Assert.Equal(DrbdHealth.SplitBrain, disk.Health);
        Assert.All([disk.Primary!, disk.Secondary!], s => Assert.Equal(DrbdConnectionState.StandAlone, s.Device!.Connection));
        var split = Assert.Single(h.Events);
        Assert.Equal((DrbdMonitorEventKind.SplitBrain, Big, 0), (split.Kind, split.Instance, split.DiskIndex));
        Assert.Equal($"split brain on {Big} disk/0: {Node1} and {Node2} are both StandAlone", split.Message);
    }
}
