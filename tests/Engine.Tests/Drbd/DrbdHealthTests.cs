using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

public class DrbdHealthTests
{
    private static DrbdDevice Device(DrbdConnectionState cs, DrbdDiskState disk = DrbdDiskState.UpToDate, DrbdDiskState peer = DrbdDiskState.UpToDate, string flags = "r-----") =>
        new(1, cs, DrbdRole.Primary, DrbdRole.Secondary, disk, peer) { Flags = flags };

    [Theory]
    [InlineData(DrbdConnectionState.Connected, DrbdDiskState.UpToDate, DrbdDiskState.UpToDate, DrbdHealth.Healthy)]
    [InlineData(DrbdConnectionState.Connected, DrbdDiskState.UpToDate, DrbdDiskState.Outdated, DrbdHealth.Degraded)]
    [InlineData(DrbdConnectionState.Connected, DrbdDiskState.UpToDate, DrbdDiskState.Unknown, DrbdHealth.Unknown)]
    [InlineData(DrbdConnectionState.Connected, DrbdDiskState.UpToDate, DrbdDiskState.Diskless, DrbdHealth.DiskLost)]
    [InlineData(DrbdConnectionState.WFConnection, DrbdDiskState.Failed, DrbdDiskState.DUnknown, DrbdHealth.DiskLost)]
    [InlineData(DrbdConnectionState.SyncTarget, DrbdDiskState.Inconsistent, DrbdDiskState.UpToDate, DrbdHealth.Syncing)]
    [InlineData(DrbdConnectionState.WFBitMapS, DrbdDiskState.UpToDate, DrbdDiskState.Inconsistent, DrbdHealth.Syncing)]
    [InlineData(DrbdConnectionState.PausedSyncS, DrbdDiskState.UpToDate, DrbdDiskState.Inconsistent, DrbdHealth.PausedSync)]
    [InlineData(DrbdConnectionState.VerifyT, DrbdDiskState.UpToDate, DrbdDiskState.UpToDate, DrbdHealth.Verifying)]
    [InlineData(DrbdConnectionState.WFConnection, DrbdDiskState.UpToDate, DrbdDiskState.DUnknown, DrbdHealth.PeerGone)]
    [InlineData(DrbdConnectionState.NetworkFailure, DrbdDiskState.UpToDate, DrbdDiskState.DUnknown, DrbdHealth.PeerGone)]
    [InlineData(DrbdConnectionState.StandAlone, DrbdDiskState.UpToDate, DrbdDiskState.DUnknown, DrbdHealth.StandAlone)]
    [InlineData(DrbdConnectionState.Behind, DrbdDiskState.Outdated, DrbdDiskState.UpToDate, DrbdHealth.Degraded)]
    [InlineData(DrbdConnectionState.Unknown, DrbdDiskState.UpToDate, DrbdDiskState.UpToDate, DrbdHealth.Unknown)]
    [InlineData(DrbdConnectionState.Unconfigured, DrbdDiskState.Unknown, DrbdDiskState.Unknown, DrbdHealth.Unconfigured)]
    public void Classify(DrbdConnectionState cs, DrbdDiskState disk, DrbdDiskState peer, DrbdHealth expected) =>
        Assert.Equal(expected, DrbdHealthClassifier.Classify(Device(cs, disk, peer)));

    [Fact]
    public void Sync_paused_by_flags()
    {
        Assert.Equal(DrbdHealth.PausedSync, Device(DrbdConnectionState.SyncTarget, DrbdDiskState.Inconsistent, flags: "r--u--").Health);
        Assert.True(Device(DrbdConnectionState.Connected, flags: "s-----").IsIoSuspended);
    }

    [Fact]
    public void Pairs()
    {
        var standalone = Device(DrbdConnectionState.StandAlone, peer: DrbdDiskState.DUnknown);
        var waiting = Device(DrbdConnectionState.WFConnection, peer: DrbdDiskState.DUnknown);
        Assert.Equal(DrbdHealth.SplitBrain, DrbdHealthClassifier.ClassifyPair(standalone, standalone));
        Assert.Equal(DrbdHealth.StandAlone, DrbdHealthClassifier.ClassifyPair(standalone, waiting));
        Assert.Equal(DrbdHealth.PeerGone, DrbdHealthClassifier.ClassifyPair(null, waiting));
        Assert.Equal(DrbdHealth.Unknown, DrbdHealthClassifier.ClassifyPair(null, null));
    }

    [Fact]
    public void Severity_orders_every_health_and_ranks_split_brain_worst()
    {
        var all = Enum.GetValues<DrbdHealth>();
        Assert.Equal(all.Length, all.Select(DrbdHealthClassifier.Severity).Distinct().Count());
        Assert.Equal(DrbdHealth.SplitBrain, all.MaxBy(DrbdHealthClassifier.Severity));
        Assert.Equal(DrbdHealth.Healthy, all.MinBy(DrbdHealthClassifier.Severity));
    }

    [Theory]
    [InlineData(DrbdHealth.PeerGone, "gnt-instance activate-disks --submit inst1.example.com")]
    [InlineData(DrbdHealth.StandAlone, "gnt-instance activate-disks --submit inst1.example.com")]
    [InlineData(DrbdHealth.Unconfigured, "gnt-instance activate-disks --submit inst1.example.com")]
    [InlineData(DrbdHealth.Degraded, "gnt-instance activate-disks --submit inst1.example.com")]
    [InlineData(DrbdHealth.SplitBrain, "gnt-instance replace-disks --submit -s inst1.example.com")]
    [InlineData(DrbdHealth.DiskLost, "gnt-instance replace-disks --submit -a inst1.example.com")]
    [InlineData(DrbdHealth.Syncing, "gnt-cluster modify --submit -D drbd:resync-rate=122880")]
    [InlineData(DrbdHealth.PausedSync, "gnt-cluster modify --submit -D drbd:resync-rate=122880")]
    [InlineData(DrbdHealth.Healthy, null)]
    [InlineData(DrbdHealth.Verifying, null)]
    [InlineData(DrbdHealth.Unknown, null)]
    public void Advice_commands(DrbdHealth health, string? command)
    {
        var advice = DrbdAdvisor.Advise(health, "inst1.example.com");
        Assert.Equal(command, advice.CommandText);
        Assert.False(string.IsNullOrWhiteSpace(advice.Summary));
        Assert.False(string.IsNullOrWhiteSpace(advice.Fix));
    }

    [Fact]
    public void Lost_disk_side_picks_the_option()
    {
        Assert.Equal("-p", DrbdAdvisor.Advise(DrbdHealth.DiskLost, "i1", lostDiskOnPrimary: true).Command![3]);
        Assert.Equal("-s", DrbdAdvisor.Advise(DrbdHealth.DiskLost, "i1", lostDiskOnPrimary: false).Command![3]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("inst1; rm -rf /")]
    [InlineData("-n")]
    public void No_command_without_a_valid_instance(string? instance)
    {
        var advice = DrbdAdvisor.Advise(DrbdHealth.PeerGone, instance);
        Assert.Null(advice.Command);
        Assert.Null(advice.CommandText);
    }

    [Fact]
    public void Resync_rate_suggestion()
    {
        Assert.Equal(122880, DrbdAdvisor.SuggestResyncRate(null));
        Assert.Equal(204800, DrbdAdvisor.SuggestResyncRate(new DrbdSyncProgress(1, 1, 2) { WantKiBps = 102400, SpeedKiBps = 5 }));
        Assert.Equal(DrbdAdvisor.DefaultResyncRateKiBps, DrbdAdvisor.SuggestResyncRate(new DrbdSyncProgress(1, 1, 2) { SpeedKiBps = 1000 }));
        Assert.Equal(4L * 1024 * 1024, DrbdAdvisor.SuggestResyncRate(new DrbdSyncProgress(1, 1, 2) { SpeedKiBps = long.MaxValue }));
        Assert.Equal(2000896, DrbdAdvisor.SuggestResyncRate(new DrbdSyncProgress(1, 1, 2) { SpeedKiBps = 1_000_000 }));
    }
}
