namespace GntTui.Simulator;

/// <summary>gnt-instance info in Ganeti 3.0's layout, including DRBD minors, ports and "*RECOVERING*" while a disk resyncs.</summary>
internal static class InstanceInfoWriter
{
    public static SimProcess Create(GntInvocation inv) => new ImmediateProcess(inv.Cluster, (stdout, _) =>
    {
        var c = inv.Cluster;
        var instances = inv.Positional.Count == 0 || inv.Args.Flag("all")
            ? c.Instances.ToList()
            : inv.Positional.Select(n => SimChecks.Instance(c, n)).ToList();
        var items = instances.Select(i => (object?)Describe(c, i, inv.Args.Flag("static"))).ToList();
        GenericInfoWriter.Write(stdout, items, 0, afterKey: false);
        return 0;
    });

    private static List<KeyValuePair<string, object?>> Describe(SimulatedCluster c, SimInstance i, bool isStatic)
    {
        var actual = isStatic ? "unknown" : ReferenceEquals(i.RunningOn, i.PrimaryNode) ? "up" : "down";
        var nodes = new List<object?>
        {
            new List<KeyValuePair<string, object?>>
            {
                new("primary", i.PrimaryNode.Name),
                new("group", $"{i.PrimaryNode.Group.Name} (UUID {i.PrimaryNode.Group.Uuid})"),
            },
            new List<KeyValuePair<string, object?>>
            {
                // One comma-joined string, as _FormatInstanceNodesInfo builds it: empty without a secondary.
                new("secondaries", i.SecondaryNode is { } s ? $"{s.Name} (group {s.Group.Name}, group UUID {s.Group.Uuid})" : ""),
            },
        };
        return
        [
            new("Instance name", i.Name),
            new("UUID", i.Uuid),
            new("Serial number", (long)i.Serial),
            new("Creation time", GanetiFormat.InfoTime(i.Created)),
            new("Modification time", GanetiFormat.InfoTime(i.Modified)),
            new("State", $"configured to be {SimInstanceState.AdminStateText(i)}, actual state is {actual}"),
            new("Nodes", nodes),
            new("Operating system", i.Os),
            new("Operating system parameters", new List<KeyValuePair<string, object?>>()),
            new("Allocated network port", i.NetworkPort > 0 ? (long)i.NetworkPort : null),
            new("Hypervisor", i.Hypervisor),
            new("Hypervisor parameters", new List<KeyValuePair<string, object?>>()),
            new("Back-end parameters", new List<KeyValuePair<string, object?>>
            {
                new("always_failover", "default (False)"),
                new("auto_balance", "default (True)"),
                new("maxmem", (long)i.MemoryMiB),
                new("memory", $"default ({i.MemoryMiB})"),
                new("minmem", (long)i.MemoryMiB),
                new("spindle_use", "default (1)"),
                new("vcpus", (long)i.Vcpus),
            }),
            new("NICs", new List<object?>
            {
                new List<KeyValuePair<string, object?>>
                {
                    new("nic/0", new List<object?>()),
                    new("MAC", i.NicMac),
                    new("IP", i.NicIp),
                    new("mode", "bridged"),
                    new("link", "br0"),
                    new("vlan", ""),
                    new("network", null),
                    new("UUID", i.Uuid),
                    new("name", null),
                },
            }),
            new("Disk template", i.DiskTemplate),
            new("Disks", i.Disks.Select(d => (object?)Disk(c, i, d, isStatic)).ToList()),
        ];
    }

    private static List<KeyValuePair<string, object?>> Disk(SimulatedCluster c, SimInstance i, SimDisk d, bool isStatic)
    {
        var details = new List<KeyValuePair<string, object?>>
        {
            new(d.IvName, $"{i.DiskTemplate}, size {GanetiFormat.Unit(d.SizeMiB, 'h')}"),
            new("access mode", "rw"),
        };
        if (d.Drbd is { } link)
        {
            var p = link.EndOn(i.PrimaryNode)!;
            details.Add(new("nodeA", $"{p.Node.Name}, minor={p.Minor}"));
            details.Add(new("nodeB", $"{p.Peer.Node.Name}, minor={p.Peer.Minor}"));
            details.Add(new("port", GanetiFormat.Num(link.Port)));
            details.Add(new("on primary", isStatic ? "not active" : Status(c, p)));
            details.Add(new("on secondary", isStatic ? "not active" : Status(c, p.Peer)));
        }
        else if (i.DiskTemplate is DiskTemplates.File or DiskTemplates.SharedFile)
        {
            var path = $"/srv/ganeti/{(i.DiskTemplate == DiskTemplates.File ? "file-storage" : "shared-file-storage")}/{i.Name}/{d.Uuid}.{i.DiskTemplate}.disk{d.Index}";
            details.Add(new("logical_id", $"['loop', '{path}']"));
            details.Add(new("on primary", $"{path} (N/A:N/A)"));
        }
        else
        {
            details.Add(new("logical_id", $"xenvg/{d.Uuid}.disk{d.Index}"));
            details.Add(new("on primary", $"/dev/xenvg/{d.Uuid}.disk{d.Index} (253:{d.Index})"));
        }
        details.Add(new("name", null));
        details.Add(new("UUID", d.Uuid));
        return details;
    }

    /// <summary>The "on primary"/"on secondary" line: device, sync state and status.</summary>
    private static string Status(SimulatedCluster c, SimDrbdEnd end)
    {
        if (!end.IsActive)
        {
            return "not active";
        }
        var link = end.Link;
        var device = $"/dev/drbd{end.Minor} (147:{end.Minor})";
        var degraded = !link.IsConnected || link.Resync is not null || end.Disk != SimDrbdDiskState.UpToDate;
        string sync;
        if (link.Resync is { } r)
        {
            var now = c.Scheduler.Now;
            var reading = r.Read(now);
            sync = $"*RECOVERING* {100.0 * r.SyncedAt(now) / r.TotalKiB,5:0.00}%, ETA {reading.FinishSeconds}s";
        }
        else
        {
            sync = degraded ? "*DEGRADED*" : "in sync";
        }
        var missing = end.Disk == SimDrbdDiskState.Diskless ? " *MISSING DISK*" : "";
        return $"{device} {sync}, status {(degraded ? "*DEGRADED*" : "ok")}{missing}";
    }
}
