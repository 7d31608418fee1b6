using GntTui.Engine.HTools;

namespace GntTui.Simulator;

/// <summary>
/// A simulated cluster built from an htools text file (what <c>hbal -L -S FILE</c> or <c>hscan</c>
/// save on a real master), to rehearse on a copy of a real cluster: its groups, nodes (memory,
/// disk, CPUs, the offline flag; htools writes drained and unreachable nodes as offline too),
/// instances (memory, disk, template, placement, state). What the file does not hold is made up:
/// UUIDs, DRBD minors and ports, IPs. Free memory is the file's: the node's own memory is set to
/// what the running instances leave of it.
/// </summary>
public static class HtoolsClusterFactory
{
    public static SimulatedCluster Create(HtoolsCluster file, long seed, TimeProvider? time = null, SimClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Nodes.Count == 0)
        {
            throw new FormatException("the cluster file has no nodes");
        }
        var cluster = new SimulatedCluster("cluster" + Domain(file), time ?? TimeProvider.System, seed, options);
        var groups = new Dictionary<string, SimNodeGroup>(StringComparer.Ordinal);
        foreach (var g in file.Groups)
        {
            var group = new SimNodeGroup(g.Name, g.Uuid);
            cluster.AddGroup(group);
            groups[g.Uuid] = group;
        }
        // The master answers the console: never one the file marks offline.
        var master = file.Nodes.FirstOrDefault(n => n.IsMaster && !n.Offline) ?? file.Nodes.FirstOrDefault(n => !n.Offline) ?? file.Nodes[0];
        var nodes = new Dictionary<string, SimNode>(StringComparer.Ordinal);
        var ip = 0;
        foreach (var n in file.Nodes)
        {
            ip++;
            var node = new SimNode(n.Name, cluster.Rng.NextUuid(), groups[n.GroupUuid], $"10.{(ip >> 16) & 255}.{(ip >> 8) & 255}.{ip & 255}")
            {
                MemoryTotalMiB = n.TotalMemory,
                MemoryNodeMiB = n.NodeMemory,
                DiskTotalMiB = n.TotalDisk,
                Cpus = (int)Math.Max(1, n.TotalCpu),
                IsMaster = ReferenceEquals(n, master),
                MasterCandidate = ReferenceEquals(n, master) || nodes.Count < 10,
                Created = cluster.Created,
                Modified = cluster.Created,
            };
            cluster.AddNode(node);
            nodes[n.Name] = node;
        }
        foreach (var i in file.Instances)
        {
            Add(cluster, i, nodes);
        }
        foreach (var n in file.Nodes)
        {
            var node = nodes[n.Name];
            // Free memory is the file's: the node itself takes what the instances running here leave.
            var own = n.TotalMemory - n.FreeMemory - node.RunningMemoryMiB;
            node.MemoryNodeMiB = Math.Max(0, own);
            node.MemoryTotalMiB = Math.Max(n.TotalMemory, n.FreeMemory + node.RunningMemoryMiB);
            if (n.Offline && !node.IsMaster)
            {
                cluster.Power.SetOfflineFlag(node, true);
            }
        }
        return cluster;
    }

    private static void Add(SimulatedCluster cluster, HtoolsInstance i, Dictionary<string, SimNode> nodes)
    {
        var primary = nodes[i.PrimaryNode];
        SimNode? secondary = null;
        if (i.DiskTemplate == DiskTemplates.Drbd)
        {
            secondary = i.SecondaryNode is { } s ? nodes[s] : throw new FormatException($"DRBD instance {i.Name} has no secondary node");
        }
        IReadOnlyList<long> disks = i.DiskTemplate == DiskTemplates.Diskless ? [] : [Math.Max(1, i.Disk)];
        var running = i.Status is "running" or "ERROR_up" or "ERROR_wrongnode" or "ERROR_nodedown" or "ERROR_nodeoffline";
        var inst = cluster.AddInstance(i.Name, i.DiskTemplate, i.Memory, Math.Max(1, i.Vcpus), disks, primary, secondary, running);
        inst.AdminState = i.Status switch
        {
            "ADMIN_offline" => SimAdminState.Offline,
            "ERROR_up" or "ADMIN_down" or "USER_down" => SimAdminState.Down,
            _ => SimAdminState.Up,
        };
    }

    /// <summary>The domain the node names share (".example.com"), or none.</summary>
    private static string Domain(HtoolsCluster file)
    {
        var first = file.Nodes[0].Name;
        var dot = first.IndexOf('.', StringComparison.Ordinal);
        var suffix = dot > 0 ? first[dot..] : "";
        return suffix.Length > 0 && file.Nodes.All(n => n.Name.EndsWith(suffix, StringComparison.Ordinal)) ? suffix : "";
    }
}
