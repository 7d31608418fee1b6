using GntTui.Engine.HTools;

namespace GntTui.Simulator;

/// <summary>
/// The simulated cluster in htools' text format, as <c>hbal -L -S</c> would save a real one: nodes
/// (memory: total, the node's own, free; disk: total and what the instances leave; offline and drained
/// written as offline, as htools does), instances (memory, disk, vCPUs, state, placement, template).
/// Call under the cluster's lock.
/// </summary>
internal static class HtoolsStateWriter
{
    public static HtoolsCluster Capture(SimulatedCluster cluster)
    {
        var groups = cluster.Groups.Select(g => new HtoolsGroup(g.Name, g.Uuid, "preferred", [], [])).ToList();
        var used = new Dictionary<SimNode, long>();
        foreach (var i in cluster.Instances)
        {
            var disk = i.Disks.Sum(d => d.SizeMiB);
            used[i.PrimaryNode] = used.GetValueOrDefault(i.PrimaryNode) + disk;
            if (i.SecondaryNode is { } s)
            {
                used[s] = used.GetValueOrDefault(s) + disk;
            }
        }

        var nodes = cluster.Nodes.Select(n => new HtoolsNode(n.Name, n.MemoryTotalMiB, n.MemoryNodeMiB,
            Math.Max(0, n.MemoryTotalMiB - n.MemoryNodeMiB - n.RunningMemoryMiB), n.DiskTotalMiB, Math.Max(0, n.DiskTotalMiB - used.GetValueOrDefault(n)),
            n.Cpus, n.Offline || n.Drained ? 'Y' : n.IsMaster ? 'M' : 'N', n.Group.Uuid, CpuCount: n.Cpus)).ToList();
        var instances = cluster.Instances.Select(i => new HtoolsInstance(i.Name, i.MemoryMiB, i.Disks.Sum(d => d.SizeMiB), i.Vcpus,
            i.RunningOn is not null ? "running" : "ADMIN_down", true, i.PrimaryNode.Name, i.SecondaryNode?.Name, i.DiskTemplate)).ToList();
        return new HtoolsCluster(groups, nodes, instances, [], []);
    }
}
