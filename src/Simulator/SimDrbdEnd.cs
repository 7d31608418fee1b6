namespace GntTui.Simulator;

/// <summary>One side of a DRBD mirror: the device with its minor on one node.</summary>
public sealed class SimDrbdEnd
{
    internal SimDrbdEnd(SimDrbdLink link, SimNode node)
    {
        Link = link;
        Node = node;
        Minor = node.AllocateMinor(this);
    }

    public SimDrbdLink Link { get; }
    public SimNode Node { get; }
    public int Minor { get; }

    /// <summary>The device is set up on its node (Ganeti assembled it and the node is up).</summary>
    public bool Configured { get; internal set; }

    /// <summary>False after "drbdsetup disconnect": the device is StandAlone.</summary>
    public bool NetworkAttached { get; internal set; } = true;

    public SimDrbdRole Role { get; internal set; }
    public SimDrbdDiskState Disk { get; internal set; } = SimDrbdDiskState.UpToDate;

    /// <summary>Configured and on a node that is up: the device exists in /proc/drbd.</summary>
    public bool IsActive => Configured && Node.IsReachable;

    public SimDrbdEnd Peer => Link.Other(this);

    internal SimDrbdCounters Counters { get; } = new();
    internal long ResyncKiBSent { get; set; }
    internal long ResyncKiBReceived { get; set; }
}
