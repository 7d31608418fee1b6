namespace GntTui.Simulator;

/// <summary>
/// A stand-in for the hail iallocator: picks a node in the instance's group that is up, not
/// drained, and has room, preferring the one with the most room.
/// </summary>
internal static class SimAllocator
{
    public const string Name = "hail";

    /// <summary>A new primary for an instance on shared storage; <paramref name="extraUse"/> holds memory already promised in this plan.</summary>
    public static SimNode? Relocate(SimulatedCluster c, SimInstance inst, Dictionary<SimNode, long>? extraUse = null) =>
        Candidates(c, inst)
            .Where(n => !ReferenceEquals(n, inst.PrimaryNode))
            .Select(n => (Node: n, Free: n.MemoryFreeMiB - (extraUse?.GetValueOrDefault(n) ?? 0)))
            .Where(x => x.Free >= inst.MemoryMiB)
            .OrderByDescending(x => x.Free)
            .ThenBy(x => x.Node.Name, NiceSortComparer.Instance)
            .Select(x => x.Node)
            .FirstOrDefault();

    /// <summary>A new secondary for a DRBD instance: neither of its current nodes, with disk room.</summary>
    public static SimNode? NewSecondary(SimulatedCluster c, SimInstance inst, Dictionary<SimNode, long>? extraUse = null)
    {
        var need = inst.Disks.Sum(d => d.SizeMiB + SimPlacement.DrbdMetaMiB);
        return Candidates(c, inst)
            .Where(n => !ReferenceEquals(n, inst.PrimaryNode) && !ReferenceEquals(n, inst.SecondaryNode))
            .Select(x => (Node: x, Free: x.DiskFreeMiB - (extraUse?.GetValueOrDefault(x) ?? 0)))
            .Where(x => x.Free >= need)
            .OrderByDescending(x => x.Free)
            .ThenBy(x => x.Node.Name, NiceSortComparer.Instance)
            .Select(x => x.Node)
            .FirstOrDefault();
    }

    public static SimOpException NoSolution(SimulatedCluster c, SimInstance inst)
    {
        var failures = Candidates(c, inst).Count(n => !ReferenceEquals(n, inst.PrimaryNode));
        return SimOpException.Prereq(
            $"Can't compute nodes using iallocator '{Name}': Request failed: Group {inst.PrimaryNode.Group.Name} (preferred): " +
            $"No valid allocation solutions, failure reasons: FailMem: {failures}",
            "insufficient_resources");
    }

    private static IEnumerable<SimNode> Candidates(SimulatedCluster c, SimInstance inst) =>
        c.Nodes.Where(n => ReferenceEquals(n.Group, inst.PrimaryNode.Group) && n.IsReachable && !n.Drained && n.VmCapable);
}
