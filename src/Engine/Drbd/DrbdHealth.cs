namespace GntTui.Engine.Drbd;

/// <summary>How an operator reads a DRBD device, worst-first order is given by <see cref="DrbdHealthClassifier.Severity"/>.</summary>
public enum DrbdHealth
{
    /// <summary>Nothing we can classify: unrecognised states.</summary>
    Unknown,
    /// <summary>Connected, both disks UpToDate.</summary>
    Healthy,
    /// <summary>Online verify running: healthy, with progress.</summary>
    Verifying,
    /// <summary>Resync running (or about to start): degraded, with progress.</summary>
    Syncing,
    /// <summary>Resync queued or paused (resync-after dependency, peer or user).</summary>
    PausedSync,
    /// <summary>Connected but a disk is Outdated/Inconsistent without a resync, or Ahead/Behind.</summary>
    Degraded,
    /// <summary>Waiting for the peer (WFConnection or a transient network state): the peer is gone.</summary>
    PeerGone,
    /// <summary>This side refuses to connect (StandAlone): often the first half of a split brain.</summary>
    StandAlone,
    /// <summary>Both sides StandAlone: a split brain (only the join of both nodes can tell).</summary>
    SplitBrain,
    /// <summary>A disk is Diskless or Failed: the backing storage is lost.</summary>
    DiskLost,
    /// <summary>The minor is not configured (Ganeti expects it to be when the instance's disks are active).</summary>
    Unconfigured,
    /// <summary>The peers are setting up their connection (WFReportParams): transient, the peer is there.</summary>
    Connecting,
    /// <summary>A resync that does not move: DRBD says "(stalled)", or the remaining KiB stay put.</summary>
    Stalled,
    /// <summary>The instance is not meant to run (ADMIN_down, offline) and Ganeti deactivated its disks: nothing wrong.</summary>
    Inactive,
}
