using GntTui.Engine.Drbd;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Drbd;
using GntTui.Views.Screens.Nodes;
using GntTui.Views.Themes;

namespace GntTui.Views.Tests.Screens;

/// <summary>The DRBD health words on screen: inactive with its stopped instance, stalled, want beside the speed, no DRBD.</summary>
public sealed class DrbdTruthViewTests
{
    private static DrbdRow Row(InstanceDiskSync disk) => DrbdRow.Of(TestDrbd.View(disk));

    private static InstanceDiskSync Unconfigured(DrbdHealth health) =>
        new("db2.example.com", 0,
            TestDrbd.Side("node1.example.com", DrbdDevice.Unconfigured(4)),
            TestDrbd.Side("node2.example.com", DrbdDevice.Unconfigured(4)))
        { Health = health };

    [Fact]
    public void The_disks_of_a_stopped_instance_are_inactive_not_unhealthy_and_offer_no_fix()
    {
        var row = Row(Unconfigured(DrbdHealth.Inactive));

        Assert.Equal(("inactive", StyleRole.Muted), (DrbdColumns.Cell(row, DrbdColumns.Health, false).Text, DrbdColumns.Cell(row, DrbdColumns.Health, false).Role));
        Assert.Equal("instance down", DrbdColumns.Cell(row, DrbdColumns.Flags, false).Text);
        Assert.False(row.Disk.IsUnhealthy());
        Assert.Null(DrbdFixOperation.For(row.Disk));
        var detail = DrbdDetail.Build(row.Disk, null, TestClock.Start, TimeZoneInfo.Utc);
        Assert.Contains(detail.Lines, l => l.Value == "inactive (instance down)");
        Assert.DoesNotContain(detail.Lines, l => l.Key == "command");

        var meantToRun = Row(Unconfigured(DrbdHealth.Unconfigured));
        Assert.True(meantToRun.Disk.IsUnhealthy());
        Assert.NotNull(DrbdFixOperation.For(meantToRun.Disk));
    }

    [Fact]
    public void A_stalled_resync_says_stalled_once()
    {
        var sync = new DrbdSyncProgress(10, 900, 1000) { SpeedKiBps = 0, Stalled = true };
        var disk = new InstanceDiskSync("web1.example.com", 0,
            TestDrbd.Side("node1.example.com", TestDrbd.Device(0, DrbdConnectionState.SyncSource, DrbdRole.Primary, DrbdRole.Secondary, DrbdDiskState.UpToDate, DrbdDiskState.Inconsistent) with { Sync = sync }),
            null)
        { Health = DrbdHealth.Stalled, Progress = sync };
        var row = Row(disk);

        Assert.Equal(("stalled", StyleRole.Error), (DrbdColumns.Cell(row, DrbdColumns.Health, false).Text, DrbdColumns.Cell(row, DrbdColumns.Health, false).Role));
        Assert.DoesNotContain("stalled", DrbdColumns.Cell(row, DrbdColumns.Flags, false).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Want_shows_beside_drbds_speed()
    {
        var sync = new DrbdSyncProgress(44.4, 588_416, 1_048_576) { SpeedKiBps = 65_736, WantKiBps = 61_440 };
        var disk = new InstanceDiskSync("web1.example.com", 0, null,
            TestDrbd.Side("node2.example.com", TestDrbd.Device(0, DrbdConnectionState.SyncTarget, DrbdRole.Secondary, DrbdRole.Primary, DrbdDiskState.Inconsistent, DrbdDiskState.UpToDate) with { Sync = sync }))
        { Health = DrbdHealth.Syncing, Progress = sync };

        var detail = DrbdDetail.Build(TestDrbd.View(disk), null, TestClock.Start, TimeZoneInfo.Utc);

        Assert.Contains(detail.Lines, l => l.Key == "speed (DRBD)" && l.Value == "64 MiB/s  want 60 MiB/s (the resync-rate target)");
        Assert.Contains(detail.Lines, l => l.Key == "usual fix" && l.Value.Contains("aims at 60 MiB/s (want)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_node_without_drbd_says_so()
    {
        var node = TestDrbd.Node("node3.example.com", 0, 0) with { NoDrbd = true, DrbdRelease = null };

        Assert.Equal(("no DRBD", StyleRole.Muted), (NodeColumns.DrbdCell(node).Text, NodeColumns.DrbdCell(node).Role));
    }

    [Fact]
    public void Connecting_is_a_warning_word()
    {
        Assert.Equal("connecting", StatusRoles.DrbdText(DrbdHealth.Connecting));
        Assert.Equal(StyleRole.Warning, StatusRoles.Drbd(DrbdHealth.Connecting));
    }
}
