namespace GntTui.Simulator;

/// <summary>gnt-instance list fields. Only status, oper_state, oper_ram and oper_vcpus depend on the nodes answering.</summary>
internal static class InstanceFields
{
    public static readonly IReadOnlyList<string> Defaults = ["name", "hypervisor", "os", "pnode", "status", "oper_ram"];

    public static readonly IReadOnlyDictionary<string, SimField<SimInstance>> All = Build();

    private static Dictionary<string, SimField<SimInstance>> Build()
    {
        var fields = new List<SimField<SimInstance>>
        {
            new("name", "Instance", SimFieldKind.Text, i => SimValue.Of(i.Name)),
            new("status", "Status", SimFieldKind.Text, i => SimValue.Of(SimInstanceState.Status(i))),
            new("oper_state", "Running", SimFieldKind.Bool, SimInstanceState.OperState),
            new("oper_ram", "Memory", SimFieldKind.Unit, SimInstanceState.OperRam),
            new("oper_vcpus", "VCPUs", SimFieldKind.Number, SimInstanceState.OperVcpus),
            new("admin_state", "InstanceState", SimFieldKind.Text, i => SimValue.Of(SimInstanceState.AdminStateText(i))),
            new("admin_up", "Autostart", SimFieldKind.Bool, i => SimValue.Of(i.AdminState == SimAdminState.Up)),
            new("pnode", "Primary_node", SimFieldKind.Text, i => SimValue.Of(i.PrimaryNode.Name)),
            new("pnode.group", "PrimaryNodeGroup", SimFieldKind.Text, i => SimValue.Of(i.PrimaryNode.Group.Name)),
            new("snodes", "Secondary_Nodes", SimFieldKind.Other, i => SimValue.Of(i.SecondaryNode?.Name ?? "")),
            new("snodes.group", "SecondaryNodesGroups", SimFieldKind.Other, i => SimValue.Of(i.SecondaryNode?.Group.Name ?? "")),
            new("disk_template", "Disk_template", SimFieldKind.Text, i => SimValue.Of(i.DiskTemplate)),
            new("be/memory", "ConfigMaxMem", SimFieldKind.Unit, i => SimValue.Of(i.MemoryMiB)),
            new("be/maxmem", "ConfigMaxMem", SimFieldKind.Unit, i => SimValue.Of(i.MemoryMiB)),
            new("be/minmem", "ConfigMinMem", SimFieldKind.Unit, i => SimValue.Of(i.MemoryMiB)),
            new("be/vcpus", "ConfigVCPUs", SimFieldKind.Number, i => SimValue.Of(i.Vcpus)),
            new("be/auto_balance", "Auto_balance", SimFieldKind.Bool, i => SimValue.Of(true)),
            new("os", "OS", SimFieldKind.Text, i => SimValue.Of(i.Os)),
            new("hypervisor", "Hypervisor", SimFieldKind.Text, i => SimValue.Of(i.Hypervisor)),
            new("disk.count", "Disks", SimFieldKind.Number, i => SimValue.Of(i.Disks.Count)),
            new("disk.sizes", "Disk_sizes", SimFieldKind.Other, i => SimValue.Of(string.Join(',', i.Disks.Select(d => GanetiFormat.Num(d.SizeMiB))))),
            new("disk_usage", "DiskUsage", SimFieldKind.Unit, i => SimValue.Of(i.Disks.Sum(d => d.SizeMiB + (i.IsDrbd ? SimPlacement.DrbdMetaMiB : 0)))),
            new("nic.count", "NICs", SimFieldKind.Number, i => SimValue.Of(1)),
            new("nic.ips", "NIC_IPs", SimFieldKind.Other, i => SimValue.Of(i.NicIp)),
            new("nic.macs", "NIC_MACs", SimFieldKind.Other, i => SimValue.Of(i.NicMac)),
            new("network_port", "Network_port", SimFieldKind.Number, i => i.NetworkPort > 0 ? SimValue.Of(i.NetworkPort) : SimValue.Of("None")),
            new("uuid", "UUID", SimFieldKind.Text, i => SimValue.Of(i.Uuid)),
            new("serial_no", "SerialNo", SimFieldKind.Number, i => SimValue.Of(i.Serial)),
            new("ctime", "CTime", SimFieldKind.Text, i => SimValue.Of(GanetiFormat.InfoTime(i.Created))),
            new("mtime", "MTime", SimFieldKind.Text, i => SimValue.Of(GanetiFormat.InfoTime(i.Modified))),
            new("tags", "Tags", SimFieldKind.Other, i => SimValue.Of("")),
        };
        for (var d = 0; d < 4; d++)
        {
            var idx = d;
            fields.Add(new($"disk.size/{idx}", $"Disk/{idx}", SimFieldKind.Unit,
                i => idx < i.Disks.Count ? SimValue.Of(i.Disks[idx].SizeMiB) : SimValue.Unavailable));
        }
        return fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }
}
