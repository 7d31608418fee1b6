namespace GntTui.Engine.Ganeti;

/// <summary>One row of <c>gnt-instance list</c>. Memory is MiB.</summary>
public sealed record GanetiInstance(
    string Name,
    InstanceStatus Status,
    string StatusText,
    Reading<bool> OperState,
    string AdminState,
    string PrimaryNode,
    IReadOnlyList<string> SecondaryNodes,
    string DiskTemplate,
    Reading<long> Memory,
    Reading<int> Vcpus,
    Reading<long> OperRam)
{
    /// <summary>Templates whose disks follow the instance between nodes (mirrored or shared).</summary>
    public bool CanMigrate => DiskTemplate is "drbd" or "sharedfile" or "diskless" or "rbd" or "blockdev" or "ext" or "gluster";

    public bool IsDrbd => DiskTemplate == "drbd";

    /// <summary>admin_state "up": the instance should run, so its disks should be active (down and offline ones have theirs deactivated).</summary>
    public bool IsMeantToRun => AdminState == "up";
}
