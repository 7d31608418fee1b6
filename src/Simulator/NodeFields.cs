namespace GntTui.Simulator;

/// <summary>gnt-node list fields. Live ones (memory, disk, CPUs) read "*" for offline nodes and "?" for nodes that do not answer.</summary>
internal static class NodeFields
{
    public static readonly IReadOnlyList<string> Defaults =
        ["name", "dtotal", "dfree", "mtotal", "mnode", "mfree", "pinst_cnt", "sinst_cnt"];

    public static readonly IReadOnlyDictionary<string, SimField<SimNode>> All = Build();

    private static Dictionary<string, SimField<SimNode>> Build()
    {
        var fields = new List<SimField<SimNode>>
        {
            new("name", "Node", SimFieldKind.Text, n => SimValue.Of(n.Name)),
            new("role", "Role", SimFieldKind.Text, n => SimValue.Of(n.Role.ToString())),
            new("offline", "Offline", SimFieldKind.Bool, n => SimValue.Of(n.Offline)),
            new("drained", "Drained", SimFieldKind.Bool, n => SimValue.Of(n.Drained)),
            new("master_candidate", "MasterC", SimFieldKind.Bool, n => SimValue.Of(n.MasterCandidate)),
            new("master_capable", "MasterCapable", SimFieldKind.Bool, n => SimValue.Of(n.MasterCapable)),
            new("vm_capable", "VMCapable", SimFieldKind.Bool, n => SimValue.Of(n.VmCapable)),
            new("master", "IsMaster", SimFieldKind.Bool, n => SimValue.Of(n.IsMaster)),
            new("powered", "Powered", SimFieldKind.Bool, n => SimValue.Of(true)),
            Live("mtotal", "MTotal", SimFieldKind.Unit, n => n.MemoryTotalMiB),
            Live("mnode", "MNode", SimFieldKind.Unit, n => n.MemoryNodeMiB),
            Live("mfree", "MFree", SimFieldKind.Unit, n => n.MemoryFreeMiB),
            Live("dtotal", "DTotal", SimFieldKind.Unit, n => n.DiskTotalMiB),
            Live("dfree", "DFree", SimFieldKind.Unit, n => n.DiskFreeMiB),
            Live("ctotal", "CTotal", SimFieldKind.Number, n => n.Cpus),
            Live("cnodes", "CNodes", SimFieldKind.Number, n => 1),
            Live("csockets", "CSockets", SimFieldKind.Number, n => n.CpuSockets),
            new("pinst_cnt", "Pinst", SimFieldKind.Number, n => SimValue.Of(n.PrimaryInstances.Count)),
            new("sinst_cnt", "Sinst", SimFieldKind.Number, n => SimValue.Of(n.SecondaryInstances.Count)),
            new("pinst_list", "PriInstances", SimFieldKind.Other, n => SimValue.Of(Names(n.PrimaryInstances))),
            new("sinst_list", "SecInstances", SimFieldKind.Other, n => SimValue.Of(Names(n.SecondaryInstances))),
            new("group", "Group", SimFieldKind.Text, n => SimValue.Of(n.Group.Name)),
            new("group.uuid", "GroupUUID", SimFieldKind.Text, n => SimValue.Of(n.Group.Uuid)),
            new("pip", "PrimaryIP", SimFieldKind.Text, n => SimValue.Of(n.PrimaryIp)),
            new("sip", "SecondaryIP", SimFieldKind.Text, n => SimValue.Of(n.PrimaryIp)),
            new("uuid", "UUID", SimFieldKind.Text, n => SimValue.Of(n.Uuid)),
            new("serial_no", "SerialNo", SimFieldKind.Number, n => SimValue.Of(n.Serial)),
            new("ctime", "CTime", SimFieldKind.Text, n => SimValue.Of(GanetiFormat.InfoTime(n.Created))),
            new("mtime", "MTime", SimFieldKind.Text, n => SimValue.Of(GanetiFormat.InfoTime(n.Modified))),
            new("tags", "Tags", SimFieldKind.Other, n => SimValue.Of("")),
        };
        return fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    private static SimField<SimNode> Live(string name, string title, SimFieldKind kind, Func<SimNode, long> read) =>
        new(name, title, kind, n => n.Offline ? SimValue.Offline : !n.PoweredOn ? SimValue.NoData : SimValue.Of(read(n)));

    private static string Names(IReadOnlyList<SimInstance> instances) =>
        string.Join(',', instances.Select(i => i.Name).Order(NiceSortComparer.Instance));
}
