using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// Health words that say what Ganeti means. The states are Ganeti's own (lib/storage/drbd_info.py
/// DRBD8Status: CSET_SYNC, and "if self.is_in_resync: self.sync_percent = 0" when no progress line
/// is printed yet).
/// </summary>
public sealed class DrbdTruthTests
{
    private const string N1 = DrbdMonitorTests.N1;
    private const string N2 = DrbdMonitorTests.N2;
    private const string N3 = DrbdMonitorTests.N3;

    private static DrbdDevice Minor(string cs, string ro = "Secondary/Primary", string ds = "Inconsistent/UpToDate") =>
        ProcDrbdParser.Parse(ProcText.Of(
            $" 3: cs:{cs} ro:{ro} ds:{ds} C r-----\n    ns:0 nr:0 dw:0 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:1048576\n"),
            N1, Fixture.Time).Find(3)!;

    [Theory]
    [InlineData("SyncSource")]
    [InlineData("SyncTarget")]
    [InlineData("PausedSyncS")]
    [InlineData("PausedSyncT")]
    [InlineData("StartingSyncS")]
    [InlineData("StartingSyncT")]
    [InlineData("WFBitMapS")]
    [InlineData("WFBitMapT")]
    [InlineData("WFSyncUUID")]
    [InlineData("WFReportParams")]
    [InlineData("VerifyS")]
    [InlineData("VerifyT")]
    public void A_resync_state_without_a_progress_line_is_in_resync_at_zero(string cs)
    {
        var d = Minor(cs);

        Assert.Empty(d.Notes);
        Assert.True(d.IsInResync);
        Assert.Equal(0, d.Sync!.Percent);
        Assert.False(d.Sync.FromProgressLine);
        Assert.Equal(cs.StartsWith("Verify", StringComparison.Ordinal), d.Sync.IsVerify);
    }

    [Fact]
    public void An_events2_resync_without_done_yet_is_at_zero()
    {
        var parser = new Events2Parser(N1);
        parser.FeedAll(
            "exists resource name:resource3 role:Primary suspended:no\n"
            + "exists connection name:resource3 peer-node-id:1 conn-name:node2.example.com connection:Connected role:Secondary\n"
            + "exists device name:resource3 volume:0 minor:3 disk:UpToDate client:no\n"
            + "exists peer-device name:resource3 peer-node-id:1 conn-name:node2.example.com volume:0 replication:SyncSource peer-disk:Inconsistent out-of-sync:4096\n"
            + "exists -\n");

        var d = parser.Devices().Single();

        Assert.Equal(DrbdConnectionState.SyncSource, d.Connection);
        Assert.Equal((0, false), (d.Sync!.Percent, d.Sync.FromProgressLine));
    }

    [Fact]
    public void Connected_is_not_in_resync()
    {
        var d = Minor("Connected", ds: "UpToDate/UpToDate");

        Assert.False(d.IsInResync);
        Assert.Null(d.Sync);
    }

    [Fact]
    public void WFReportParams_is_connecting_not_peer_gone()
    {
        var d = Minor("WFReportParams", ds: "UpToDate/DUnknown");

        Assert.Equal(DrbdHealth.Connecting, d.Health);
        var advice = DrbdAdvisor.Advise(d.Health, "inst1.example.com");
        Assert.Null(advice.Operation);
        Assert.Contains("connect", advice.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DrbdHealth.PeerGone, Minor("WFConnection", "Primary/Unknown", "UpToDate/DUnknown").Health);
    }

    [Fact]
    public void A_resync_drbd_calls_stalled_is_stalled()
    {
        var sample = ProcDrbdParser.Parse(ProcText.Of(ProcText.Sync(3, "SyncTarget", 1000, 4096, stalled: true)), N1, Fixture.Time);

        Assert.Equal(DrbdHealth.Stalled, sample.Find(3)!.Health);
        Assert.Equal(DrbdHealth.Syncing, ProcDrbdParser.Parse(ProcText.Of(ProcText.Sync(3, "SyncTarget", 1000, 4096)), N1, Fixture.Time).Find(3)!.Health);
    }

    [Fact]
    public void A_resync_that_stops_moving_is_stalled_in_the_replay()
    {
        var samples = Enumerable.Range(0, 12).Select(i =>
            ProcDrbdParser.Parse(ProcText.Of(ProcText.Sync(3, "SyncTarget", 100_000, 400_000)), N1, Fixture.Time.AddSeconds(10 * i)));

        var result = DrbdReplay.Run(samples);

        Assert.Equal(DrbdHealth.Syncing, result.Frames[0].Rows[0].Health);
        Assert.Equal(DrbdHealth.Stalled, result.Frames[^1].Rows[0].Health);
    }

    [Fact]
    public void The_resync_rate_fix_starts_from_want()
    {
        var sync = new DrbdSyncProgress(40, 1000, 4000) { SpeedKiBps = 20_000, WantKiBps = 102_400 };

        var advice = DrbdAdvisor.Advise(DrbdHealth.Syncing, "inst1.example.com", sync);

        Assert.Equal(204_800, DrbdAdvisor.SuggestResyncRate(sync));
        Assert.Contains("want", advice.Fix, StringComparison.Ordinal);
        Assert.Contains("100 MiB/s", advice.Fix, StringComparison.Ordinal);
        Assert.Equal(DrbdAdvisor.SuggestResyncRate(sync), Assert.IsType<GntTui.Engine.Ganeti.Operations.ClusterSetDrbdResyncRate>(advice.Operation).RateKiBps);
    }

    [Fact]
    public void A_stalled_resync_is_advised_on_its_own()
    {
        var advice = DrbdAdvisor.Advise(DrbdHealth.Stalled, "inst1.example.com");

        Assert.Equal(DrbdHealth.Stalled, advice.Health);
        Assert.Contains("stalled", advice.Summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_disks_of_a_shut_down_instance_are_inactive_with_no_fix()
    {
        using var monitor = new DrbdMonitor(DrbdMonitorTests.Cluster, new GanetiClient(DrbdMonitorTests.ListDrbd(new ScriptedShell())));
        var cluster = new DrbdClusterBuilder().Node(N1).Node(N2).Node(N3)
            .Instance(DrbdMonitorTests.Inst1, N1, N2, down: true).Instance(DrbdMonitorTests.Inst3, N1, N3).Build();
        await monitor.UpdateClusterAsync(cluster, CancellationToken.None);
        // Ganeti deactivated inst1's disks at shutdown: its minors are gone from /proc/drbd on both nodes; inst3 runs but lost its.
        monitor.Ingest(ProcDrbdParser.Parse(ProcText.Of(), N1, Fixture.Time));
        monitor.Ingest(ProcDrbdParser.Parse(ProcText.Of(), N2, Fixture.Time));
        monitor.Ingest(ProcDrbdParser.Parse(ProcText.Of(), N3, Fixture.Time));

        var snap = monitor.Rebuild();

        var down = snap.Find(DrbdMonitorTests.Inst1, 0)!;
        Assert.Equal(DrbdHealth.Inactive, down.Health);
        Assert.Null(down.Advice.Operation);
        Assert.Contains("instance down", down.Advice.Summary, StringComparison.Ordinal);
        var running = snap.Find(DrbdMonitorTests.Inst3, 0)!;
        Assert.Equal(DrbdHealth.Unconfigured, running.Health);
        Assert.Equal(["gnt-instance", "activate-disks", "--submit", DrbdMonitorTests.Inst3], running.Advice.Command);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    public void A_node_without_drbd_says_so_without_parser_notes(string text)
    {
        var sample = ProcDrbdParser.Parse(text, N1, Fixture.Time);

        Assert.True(sample.NoDrbd);
        Assert.Empty(sample.Notes);
        Assert.False(ProcDrbdParser.Parse(ProcText.Of(), N1, Fixture.Time).NoDrbd);
    }

    [Fact]
    public void The_node_view_of_a_node_without_drbd()
    {
        var view = DrbdSnapshotBuilder.Node(N1, null, ProcDrbdParser.Parse("", N1, Fixture.Time), null, Fixture.Time);

        Assert.True(view.NoDrbd);
        Assert.Empty(view.Notes);
    }
}
