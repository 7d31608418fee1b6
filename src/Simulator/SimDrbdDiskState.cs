namespace GntTui.Simulator;

/// <summary>The local disk states the simulator produces (a subset of DRBD's).</summary>
public enum SimDrbdDiskState
{
    UpToDate,
    Inconsistent,
    Outdated,
    /// <summary>The backing disk failed and was detached: replace-disks repairs it.</summary>
    Diskless,
}
