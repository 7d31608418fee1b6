namespace GntTui.Engine.Drbd;

/// <summary>
/// One DRBD disk of an instance with both nodes' sides, as the instance row shows it: the pair's
/// health (split brain is visible only here) and the resync progress from whichever side has it.
/// </summary>
public sealed record InstanceDiskSync(string Instance, int DiskIndex, DrbdDiskSide? Primary, DrbdDiskSide? Secondary)
{
    public DrbdHealth Health { get; init; } = DrbdHealth.Unknown;

    public DrbdSyncProgress? Progress { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
