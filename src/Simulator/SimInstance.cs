namespace GntTui.Simulator;

/// <summary>One instance: configuration (nodes, template, sizes, admin state) and where it really runs.</summary>
public sealed class SimInstance
{
    private readonly List<SimDisk> _disks = [];

    internal SimInstance(string name, string uuid, string diskTemplate)
    {
        Name = name;
        Uuid = uuid;
        DiskTemplate = diskTemplate;
    }

    public string Name { get; }
    public string Uuid { get; }
    public string DiskTemplate { get; }
    public string Os { get; internal set; } = "debootstrap+default";
    public string Hypervisor { get; internal set; } = "kvm";
    public long MemoryMiB { get; internal set; }
    public int Vcpus { get; internal set; } = 1;
    public SimNode PrimaryNode { get; internal set; } = null!;
    public SimNode? SecondaryNode { get; internal set; }
    public SimAdminState AdminState { get; internal set; } = SimAdminState.Up;
    /// <summary>The node the instance actually runs on, or null when it is stopped.</summary>
    public SimNode? RunningOn { get; internal set; }
    /// <summary>Ganeti's disks_active: block devices assembled on the nodes.</summary>
    public bool DisksActive { get; internal set; }
    public IReadOnlyList<SimDisk> Disks => _disks;
    public string NicIp { get; internal set; } = "";
    public string NicMac { get; internal set; } = "";
    public int NetworkPort { get; internal set; }
    public int Serial { get; internal set; } = 1;
    public DateTimeOffset Created { get; internal set; }
    public DateTimeOffset Modified { get; internal set; }
    /// <summary>How fast the guest dirties its disks (KiB/s); drives out-of-sync growth while DRBD is disconnected.</summary>
    internal double WriteRateKiBps { get; set; }

    public bool IsDrbd => DiskTemplates.IsInternallyMirrored(DiskTemplate);

    internal void AddDisk(SimDisk disk) => _disks.Add(disk);

    internal void Touch(DateTimeOffset now)
    {
        Serial++;
        Modified = now;
    }

    public override string ToString() => Name;
}
