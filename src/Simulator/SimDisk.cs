namespace GntTui.Simulator;

/// <summary>One disk of an instance; DRBD disks carry their mirror link.</summary>
public sealed class SimDisk(int index, long sizeMiB, string uuid)
{
    public int Index { get; } = index;
    public long SizeMiB { get; } = sizeMiB;
    public string Uuid { get; } = uuid;
    public string IvName => "disk/" + GanetiFormat.Num(Index);
    public SimDrbdLink? Drbd { get; internal set; }
}
