using GntTui.Engine.Drbd;

namespace GntTui.Views.Tests.Screens;

/// <summary>DRBD snapshots built from records: a resync, a healthy disk, a split brain, a lost peer, a node that cannot be sampled.</summary>
internal static class TestDrbd
{
    public static DrbdDevice Device(int minor, DrbdConnectionState cs, DrbdRole role, DrbdRole peer, DrbdDiskState disk, DrbdDiskState peerDisk) =>
        new(minor, cs, role, peer, disk, peerDisk) { ConnectionText = cs.ToString(), Flags = "r-----" };

    // Sampled a second before the screen's clock, as the views' SampleAge says.
    public static DrbdDiskSide Side(string node, DrbdDevice device) => new(node, device.Minor, device, TestClock.Start.AddSeconds(-1));

    public static DrbdNodeView Node(string node, int devices, int degraded) =>
        new(node, new DrbdNodeStatus(node, DrbdStreamState.Live, 1, 120) { LastSampleAt = TestClock.Start })
        {
            LastSampleAt = TestClock.Start,
            SampleAge = TimeSpan.Zero,
            DrbdRelease = "8.4.11",
            DeviceCount = devices,
            DegradedCount = degraded,
        };

    public static DrbdDiskView View(InstanceDiskSync disk, ResyncEstimate? estimate = null) =>
        new(disk, DrbdAdvisor.Advise(disk)) { Estimate = estimate, SpeedHistory = estimate?.SpeedHistory ?? [], SampleAge = TimeSpan.FromSeconds(1) };

    public static DrbdSnapshot Snapshot()
    {
        var sync = new DrbdSyncProgress(42.5, 11_796_480, 20_971_520) { SpeedKiBps = 112_640, Finish = TimeSpan.FromSeconds(110) };
        var syncing = new InstanceDiskSync("web1.example.com", 0,
            Side("node1.example.com", Device(0, DrbdConnectionState.SyncSource, DrbdRole.Primary, DrbdRole.Secondary, DrbdDiskState.UpToDate, DrbdDiskState.Inconsistent) with { Sync = sync }),
            Side("node2.example.com", Device(0, DrbdConnectionState.SyncTarget, DrbdRole.Secondary, DrbdRole.Primary, DrbdDiskState.Inconsistent, DrbdDiskState.UpToDate)))
        {
            Health = DrbdHealth.Syncing,
            Progress = sync,
        };
        var estimate = new ResyncEstimate(new DrbdDeviceKey("node1.example.com", 0), TestClock.Start, true)
        {
            Percent = 42.5,
            RemainingKiB = 11_796_480,
            TotalKiB = 20_971_520,
            SmoothedSpeedKiBps = 104_857.6,
            DrbdSpeedKiBps = 112_640,
            Eta = TimeSpan.FromSeconds(112.5),
            DrbdFinish = TimeSpan.FromSeconds(110),
            SpeedHistory = [90_000, 95_000, 120_000, 110_000, 104_000, 100_000, 108_000],
        };
        var healthy = new InstanceDiskSync("web1.example.com", 1,
            Side("node1.example.com", Device(1, DrbdConnectionState.Connected, DrbdRole.Primary, DrbdRole.Secondary, DrbdDiskState.UpToDate, DrbdDiskState.UpToDate)),
            Side("node2.example.com", Device(1, DrbdConnectionState.Connected, DrbdRole.Secondary, DrbdRole.Primary, DrbdDiskState.UpToDate, DrbdDiskState.UpToDate)))
        {
            Health = DrbdHealth.Healthy,
        };
        var splitBrain = new InstanceDiskSync("db1.example.com", 0,
            Side("node2.example.com", Device(2, DrbdConnectionState.StandAlone, DrbdRole.Primary, DrbdRole.Unknown, DrbdDiskState.UpToDate, DrbdDiskState.DUnknown)),
            Side("node3.example.com", Device(2, DrbdConnectionState.StandAlone, DrbdRole.Secondary, DrbdRole.Unknown, DrbdDiskState.UpToDate, DrbdDiskState.DUnknown)))
        {
            Health = DrbdHealth.SplitBrain,
        };
        var peerGone = new InstanceDiskSync("web3.example.com", 0,
            Side("node1.example.com", Device(3, DrbdConnectionState.WFConnection, DrbdRole.Primary, DrbdRole.Unknown, DrbdDiskState.UpToDate, DrbdDiskState.DUnknown)),
            new DrbdDiskSide("node2.example.com", 3, null, null))
        {
            Health = DrbdHealth.PeerGone,
        };
        var offline = new DrbdNodeView("node4.example.com",
            new DrbdNodeStatus("node4.example.com", DrbdStreamState.Retrying, 3, 0)
            {
                LastError = "ssh: connect to host node4.example.com port 22: No route to host",
                RetryAt = TestClock.Start.AddSeconds(20),
            });
        return new DrbdSnapshot(TestClock.Start,
            [View(syncing, estimate), View(healthy), View(splitBrain), View(peerGone)],
            [Node("node1.example.com", 3, 2), Node("node2.example.com", 3, 2), Node("node3.example.com", 1, 1), offline]);
    }
}
