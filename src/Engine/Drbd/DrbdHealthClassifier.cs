namespace GntTui.Engine.Drbd;

/// <summary>Reads a device (or both sides of a disk) the way an operator would.</summary>
public static class DrbdHealthClassifier
{
    public static DrbdHealth Classify(DrbdDevice device)
    {
        if (device.Connection == DrbdConnectionState.Unconfigured)
        {
            return DrbdHealth.Unconfigured;
        }
        // A lost backing disk outranks whatever the network is doing.
        if (IsLost(device.Disk) || (device.Connection == DrbdConnectionState.Connected && IsLost(device.PeerDisk)))
        {
            return DrbdHealth.DiskLost;
        }
        return device.Connection switch
        {
            DrbdConnectionState.StandAlone => DrbdHealth.StandAlone,
            DrbdConnectionState.WFConnection or DrbdConnectionState.Unconnected or DrbdConnectionState.Timeout
                or DrbdConnectionState.BrokenPipe or DrbdConnectionState.NetworkFailure or DrbdConnectionState.ProtocolError
                or DrbdConnectionState.TearDown or DrbdConnectionState.Disconnecting
                => DrbdHealth.PeerGone,
            // Connected at TCP level, exchanging parameters; Ganeti counts it in its CSET_SYNC.
            DrbdConnectionState.WFReportParams => DrbdHealth.Connecting,
            DrbdConnectionState.VerifyS or DrbdConnectionState.VerifyT => DrbdHealth.Verifying,
            DrbdConnectionState.PausedSyncS or DrbdConnectionState.PausedSyncT => DrbdHealth.PausedSync,
            DrbdConnectionState.SyncSource or DrbdConnectionState.SyncTarget or DrbdConnectionState.StartingSyncS
                or DrbdConnectionState.StartingSyncT or DrbdConnectionState.WFBitMapS or DrbdConnectionState.WFBitMapT
                or DrbdConnectionState.WFSyncUUID
                => device.IsSyncPaused ? DrbdHealth.PausedSync : device.Sync?.Stalled == true ? DrbdHealth.Stalled : DrbdHealth.Syncing,
            DrbdConnectionState.Ahead or DrbdConnectionState.Behind => DrbdHealth.Degraded,
            DrbdConnectionState.Connected => ConnectedHealth(device),
            _ => DrbdHealth.Unknown,
        };
    }

    /// <summary>
    /// Both sides of one disk. Only here can a split brain show: each side alone just says StandAlone.
    /// A missing side counts for nothing; two missing sides are Unknown.
    /// </summary>
    public static DrbdHealth ClassifyPair(DrbdDevice? first, DrbdDevice? second)
    {
        if (first?.Connection == DrbdConnectionState.StandAlone && second?.Connection == DrbdConnectionState.StandAlone)
        {
            return DrbdHealth.SplitBrain;
        }
        var sides = new[] { first, second }.OfType<DrbdDevice>().Select(Classify).ToList();
        return sides.Count == 0 ? DrbdHealth.Unknown : sides.MaxBy(Severity);
    }

    /// <summary>Higher is worse; for sorting rows and picking the worse side.</summary>
    public static int Severity(DrbdHealth health) => health switch
    {
        DrbdHealth.Healthy => 0,
        DrbdHealth.Inactive => 1,
        DrbdHealth.Verifying => 2,
        DrbdHealth.Connecting => 3,
        DrbdHealth.Syncing => 4,
        DrbdHealth.PausedSync => 5,
        DrbdHealth.Stalled => 6,
        DrbdHealth.Degraded => 7,
        DrbdHealth.Unknown => 8,
        DrbdHealth.Unconfigured => 9,
        DrbdHealth.PeerGone => 10,
        DrbdHealth.StandAlone => 11,
        DrbdHealth.DiskLost => 12,
        _ => 13,
    };

    /// <summary>
    /// The pair's health refined by what only the monitor knows: our estimator saw a resync stop
    /// moving, or the instance is not meant to run so unconfigured minors are simply deactivated.
    /// </summary>
    public static DrbdHealth Refine(DrbdHealth pair, bool stalled, bool instanceDown) => pair switch
    {
        DrbdHealth.Syncing when stalled => DrbdHealth.Stalled,
        DrbdHealth.Unconfigured when instanceDown => DrbdHealth.Inactive,
        _ => pair,
    };

    internal static bool IsLost(DrbdDiskState disk) =>
        disk is DrbdDiskState.Diskless or DrbdDiskState.Failed or DrbdDiskState.Detaching;

    private static DrbdHealth ConnectedHealth(DrbdDevice device)
    {
        if (device.Disk == DrbdDiskState.UpToDate && device.PeerDisk == DrbdDiskState.UpToDate)
        {
            return DrbdHealth.Healthy;
        }
        return device.Disk == DrbdDiskState.Unknown || device.PeerDisk == DrbdDiskState.Unknown
            ? DrbdHealth.Unknown
            : DrbdHealth.Degraded;
    }
}
