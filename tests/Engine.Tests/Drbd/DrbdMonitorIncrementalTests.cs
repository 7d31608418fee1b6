using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>The monitor's snapshots built from what changed: other disks and nodes are the previous objects, repeats cost no snapshot.</summary>
public sealed class DrbdMonitorIncrementalTests
{
    private const string N1 = DrbdMonitorTests.N1;
    private const string N2 = DrbdMonitorTests.N2;
    private const string N3 = DrbdMonitorTests.N3;

    private readonly ManualClock _clock = new(Fixture.Time);

    private DrbdMonitor Monitor() => new(DrbdMonitorTests.Cluster, new GanetiClient(DrbdMonitorTests.ListDrbd(new ScriptedShell())), null, null, null, _clock);

    private DrbdSample Sample(string node, params string[] minors) => ProcDrbdParser.Parse(ProcText.Of(minors), node, _clock.GetUtcNow());

    private async Task<DrbdMonitor> SampledAsync()
    {
        var monitor = Monitor();
        await monitor.UpdateClusterAsync(DrbdMonitorTests.ThreeNodes().Build(), CancellationToken.None);
        monitor.Ingest(Sample(N1, ProcText.Connected(0), ProcText.Connected(3)));
        monitor.Ingest(Sample(N2, ProcText.Connected(0, "Secondary", "Primary")));
        monitor.Ingest(Sample(N3, ProcText.Connected(1, "Secondary", "Primary")));
        return monitor;
    }

    [Fact]
    public async Task A_new_sample_of_one_node_builds_only_its_disks_and_node_the_rest_are_the_same_objects()
    {
        using var monitor = await SampledAsync();
        var first = monitor.Rebuild();
        Assert.Equal((2, 3), monitor.LastBuilt);

        _clock.Advance(TimeSpan.FromSeconds(1));
        monitor.Ingest(Sample(N3, ProcText.WFConnection(1, "Secondary")));
        var second = monitor.Rebuild();

        // node3 backs inst3 only: inst1's disk and nodes 1 and 2 are the previous snapshot's objects.
        Assert.Equal((1, 1), monitor.LastBuilt);
        Assert.Same(first.Find(DrbdMonitorTests.Inst1, 0), second.Find(DrbdMonitorTests.Inst1, 0));
        Assert.NotSame(first.Find(DrbdMonitorTests.Inst3, 0), second.Find(DrbdMonitorTests.Inst3, 0));
        Assert.Equal(DrbdHealth.PeerGone, second.Find(DrbdMonitorTests.Inst3, 0)!.Health);
        Assert.Same(first.FindNode(N1), second.FindNode(N1));
        Assert.Same(first.FindNode(N2), second.FindNode(N2));
        Assert.NotSame(first.FindNode(N3), second.FindNode(N3));
    }

    [Fact]
    public async Task A_capture_that_repeats_the_last_one_builds_no_snapshot_until_folded_in()
    {
        using var monitor = await SampledAsync();
        var first = monitor.Rebuild();
        Assert.False(monitor.HasNews(_clock.GetUtcNow()));

        // The sampler's repeat parser hands back the same devices for the same text.
        _clock.Advance(TimeSpan.FromSeconds(2));
        var before = first.FindNode(N2)!.LastSampleAt!.Value;
        var parser = new DrbdRepeatParser();
        var text = ProcText.Of(ProcText.Connected(0, "Secondary", "Primary"));
        var a = parser.Parse(text, N2, before);
        var b = parser.Parse(text, N2, _clock.GetUtcNow());
        Assert.Same(a.Devices, b.Devices);
        Assert.Equal(_clock.GetUtcNow(), b.Time);
        monitor.Ingest(a);
        monitor.Rebuild();
        monitor.Ingest(b);

        Assert.False(monitor.HasNews(_clock.GetUtcNow()));
        _clock.Advance(monitor.Options.RepeatFoldInterval);
        Assert.True(monitor.HasNews(_clock.GetUtcNow()));
        var folded = monitor.Rebuild();
        Assert.Equal(b.Time, folded.FindNode(N2)!.LastSampleAt);
        Assert.Equal(b.Time, folded.Find(DrbdMonitorTests.Inst1, 0)!.Secondary!.SampledAt);
    }

    [Fact]
    public async Task A_repeated_capture_of_a_resync_is_news_a_stall_is_such_a_run()
    {
        using var monitor = await SampledAsync();
        var parser = new DrbdRepeatParser();
        var text = ProcText.Of(ProcText.Sync(1, "SyncTarget", 1_048_576, 4_194_304));
        monitor.Ingest(parser.Parse(text, N3, _clock.GetUtcNow()));
        monitor.Rebuild();

        _clock.Advance(TimeSpan.FromSeconds(1));
        monitor.Ingest(parser.Parse(text, N3, _clock.GetUtcNow()));

        Assert.True(monitor.HasNews(_clock.GetUtcNow()));
    }

    [Fact]
    public void Another_text_is_parsed_afresh()
    {
        var parser = new DrbdRepeatParser();
        var a = parser.Parse(ProcText.Of(ProcText.Connected(0)), N1, Fixture.Time);
        var b = parser.Parse(ProcText.Of(ProcText.WFConnection(0)), N1, Fixture.Time.AddSeconds(1));

        Assert.NotSame(a.Devices, b.Devices);
        Assert.Equal(DrbdConnectionState.WFConnection, b.Devices[0].Connection);
    }

    [Fact]
    public void List_drbd_signatures_are_worked_out_again_only_when_an_instance_is_a_new_object()
    {
        var cache = new DrbdMappingCache(new GanetiClient(new ScriptedShell()), DrbdMonitorOptions.Default);
        var cluster = DrbdMonitorTests.ThreeNodes().Build();
        string[] online = [N1, N2, N3];
        var first = cache.Signatures(cluster, online);

        // A new refresh whose rows the parser kept: the same instance objects in a new snapshot.
        var same = cache.Signatures(cluster with { Instances = [.. cluster.Instances] }, online);
        var moved = DrbdMonitorTests.ThreeNodes().Instance(DrbdMonitorTests.Inst3, N3, N1).Build();
        var after = cache.Signatures(moved, online);

        Assert.Same(first, same);
        Assert.NotSame(first, after);
        Assert.Equal(DrbdMappingCache.NodeSignatures(moved, online), after);
        Assert.NotEqual(first[N3], after[N3]);
    }
}
