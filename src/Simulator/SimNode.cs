namespace GntTui.Simulator;

/// <summary>
/// One node: its configuration (Ganeti's flags) and its physical state. Marking a node offline is
/// treated as the node being down, the usual reason an operator does it: its DRBD devices vanish
/// and its peers wait for it.
/// </summary>
public sealed class SimNode
{
    private readonly List<SimInstance> _primaries = [];
    private readonly List<SimInstance> _secondaries = [];
    private readonly SortedDictionary<int, SimDrbdEnd> _minors = [];

    internal SimNode(string name, string uuid, SimNodeGroup group, string primaryIp)
    {
        Name = name;
        Uuid = uuid;
        Group = group;
        PrimaryIp = primaryIp;
    }

    public string Name { get; }
    public string Uuid { get; }
    public SimNodeGroup Group { get; }
    public string PrimaryIp { get; }
    public long MemoryTotalMiB { get; internal set; }
    /// <summary>Memory the node itself uses (dom0 / host), Ganeti's mnode.</summary>
    public long MemoryNodeMiB { get; internal set; }
    public long DiskTotalMiB { get; internal set; }
    public int Cpus { get; internal set; } = 16;
    public int CpuSockets { get; internal set; } = 2;
    public bool IsMaster { get; internal set; }
    public bool MasterCandidate { get; internal set; }
    public bool MasterCapable { get; internal set; } = true;
    public bool VmCapable { get; internal set; } = true;
    public bool Offline { get; internal set; }
    public bool Drained { get; internal set; }
    /// <summary>Physically running. A node can be down without Ganeti knowing (not marked offline).</summary>
    public bool PoweredOn { get; internal set; } = true;
    public int Serial { get; internal set; } = 1;
    public DateTimeOffset Created { get; internal set; }
    public DateTimeOffset Modified { get; internal set; }

    /// <summary>Answers RPCs and SSH: powered on and not marked offline.</summary>
    public bool IsReachable => PoweredOn && !Offline;

    /// <summary>Ganeti's role letter: M master, C candidate, D drained, O offline, R regular.</summary>
    public char Role => IsMaster ? 'M' : MasterCandidate ? 'C' : Drained ? 'D' : Offline ? 'O' : 'R';

    public IReadOnlyList<SimInstance> PrimaryInstances => _primaries;
    public IReadOnlyList<SimInstance> SecondaryInstances => _secondaries;

    /// <summary>DRBD devices configured for this node by minor (Ganeti's config view).</summary>
    public IReadOnlyDictionary<int, SimDrbdEnd> DrbdMinors => _minors;

    /// <summary>Memory of the instances running here.</summary>
    public long RunningMemoryMiB { get; internal set; }

    /// <summary>Memory promised to an incoming migration.</summary>
    public long ReservedMemoryMiB { get; internal set; }

    /// <summary>Volume-group space taken by plain and DRBD disks placed here.</summary>
    public long DiskUsedMiB { get; internal set; }

    public long MemoryFreeMiB => Math.Max(0, MemoryTotalMiB - MemoryNodeMiB - RunningMemoryMiB - ReservedMemoryMiB);

    public long DiskFreeMiB => Math.Max(0, DiskTotalMiB - DiskUsedMiB);

    internal void AddPrimary(SimInstance i) => _primaries.Add(i);
    internal void RemovePrimary(SimInstance i) => _primaries.Remove(i);
    internal void AddSecondary(SimInstance i) => _secondaries.Add(i);
    internal void RemoveSecondary(SimInstance i) => _secondaries.Remove(i);

    /// <summary>The lowest free minor, as Ganeti's config allocates them.</summary>
    internal int AllocateMinor(SimDrbdEnd end)
    {
        var minor = 0;
        foreach (var used in _minors.Keys)
        {
            if (used != minor)
            {
                break;
            }
            minor++;
        }
        _minors.Add(minor, end);
        return minor;
    }

    internal void ReleaseMinor(int minor) => _minors.Remove(minor);

    public override string ToString() => Name;
}
