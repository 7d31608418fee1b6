using System.Collections.Concurrent;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>The monitor as the console runs it: a real sampler over scripted node streams, RunAsync coalescing.</summary>
public sealed class DrbdMonitorLiveTests
{
    private const string N1 = DrbdMonitorTests.N1;
    private const string N2 = DrbdMonitorTests.N2;
    private const string N3 = DrbdMonitorTests.N3;

    [Fact]
    public async Task Streams_samples_and_mappings_come_together_in_published_snapshots()
    {
        const int Samples = 100;
        var node1 = Enumerable.Range(0, Samples).Select(k =>
            ProcText.Of(ProcText.Connected(0), ProcText.Sync(3, "SyncSource", 4_000_000 - (k * 10_000), 4_000_000)));
        var node3 = Enumerable.Range(0, Samples).Select(k => ProcText.Of(ProcText.Sync(1, "SyncTarget", 4_000_000 - (k * 10_000), 4_000_000)));
        var shells = new Dictionary<string, FakeStreamShell>
        {
            [N1] = new FakeStreamShell(N1).ThenCaptures(node1),
            [N2] = new FakeStreamShell(N2).ThenCaptures(Enumerable.Repeat(ProcText.Of(ProcText.Connected(0, "Secondary", "Primary")), Samples)),
            [N3] = new FakeStreamShell(N3).ThenCaptures(node3),
        };
        var master = DrbdMonitorTests.ListDrbd(new ScriptedShell());
        var options = new DrbdMonitorOptions { PublishInterval = TimeSpan.FromMilliseconds(10) };
        await using var sampler = new DrbdSampler(n => shells[n]);
        using var monitor = new DrbdMonitor(DrbdMonitorTests.Cluster, new GanetiClient(master), sampler, options: options);
        var published = new ConcurrentQueue<DrbdSnapshot>();
        monitor.SnapshotPublished += published.Enqueue;
        using var stop = new CancellationTokenSource();
        var run = monitor.RunAsync(stop.Token);

        monitor.OnClusterSnapshot(DrbdMonitorTests.ThreeNodes().Node(N2, offline: false).Build());
        await Eventually.True(() => shells.Values.All(s => s.Starts == 1) && sampler.Status.Values.Sum(s => s.Samples) == 3 * Samples, "every sample");
        await Eventually.True(() => monitor.Current.Find(DrbdMonitorTests.Inst3, 0)?.Percent > 24, "the last sample in a snapshot");
        await stop.CancelAsync();
        await run;

        var snap = monitor.Current;
        Assert.Equal(1, master.BatchCalls);
        Assert.Equal(3, sampler.TotalStreamStarts);
        Assert.Equal(DrbdHealth.Healthy, snap.Find(DrbdMonitorTests.Inst1, 0)!.Health);
        var inst3 = snap.Find(DrbdMonitorTests.Inst3, 0)!;
        Assert.Equal(DrbdHealth.Syncing, inst3.Health);
        Assert.NotNull(inst3.Estimate);
        Assert.All(snap.Nodes, n => Assert.Equal(DrbdStreamState.Live, n.Stream!.State));
        // Coalescing: far fewer snapshots than the 300 samples that came in.
        Assert.InRange(published.Count, 1, Samples);
    }
}
