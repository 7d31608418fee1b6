using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Engine.Operations;

/// <summary>Pre-flight of moving everything off a node: <c>gnt-node migrate</c> and <c>gnt-node evacuate -p|-s</c>.</summary>
internal static class NodeMoveChecks
{
    /// <summary>Primaries leave: live-migrated (<paramref name="live"/>) or relocated by evacuate -p.</summary>
    public static void Primaries(string nodeName, bool live, ClusterSnapshot cluster, DrbdSnapshot? drbd, List<PreflightFinding> found)
    {
        var node = cluster.FindNode(nodeName);
        if (node is null)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.UnknownNode, $"no node {nodeName} in the last refresh"));
            return;
        }
        if (live && node.Offline)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.NodeOffline, "Can't migrate, please use failover: Node is marked offline"));
        }
        var primaries = cluster.Instances.Where(i => string.Equals(i.PrimaryNode, nodeName, StringComparison.OrdinalIgnoreCase)).ToList();
        if (primaries.Count == 0)
        {
            found.Add(PreflightFinding.Info(PreflightCodes.NothingToMove, $"{NodeNames.Short(nodeName)} has no primary instances"));
            return;
        }
        foreach (var i in primaries)
        {
            if (!i.CanMigrate)
            {
                found.Add(PreflightFinding.Blocker(PreflightCodes.TemplateCannotMove, live
                    ? $"{NodeNames.Short(i.Name)}: Instance's disk layout '{i.DiskTemplate}' does not allow migrations"
                    : $"{NodeNames.Short(i.Name)}: Instances of type {i.DiskTemplate} cannot be relocated"));
                continue;
            }
            if (live && i.Status != InstanceStatus.Running)
            {
                found.Add(PreflightFinding.Blocker(PreflightCodes.NotRunning,
                    $"{NodeNames.Short(i.Name)} is {i.StatusText}: only a running instance can be migrated; fail it over instead"));
            }
            found.AddRange(DrbdSyncCheck.Check(i, drbd, live ? "migrate" : "move"));
        }
        NPlusOne.Compare(cluster, plan => Pack(nodeName, primaries.Where(i => i.CanMigrate), plan, found), found);
    }

    public static void Secondaries(string nodeName, ClusterSnapshot cluster, List<PreflightFinding> found)
    {
        if (cluster.FindNode(nodeName) is null)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.UnknownNode, $"no node {nodeName} in the last refresh"));
            return;
        }
        var secondaries = cluster.Instances.Where(i => i.SecondaryNodes.Contains(nodeName, StringComparer.OrdinalIgnoreCase)).ToList();
        if (secondaries.Count == 0)
        {
            found.Add(PreflightFinding.Info(PreflightCodes.NothingToMove, $"{NodeNames.Short(nodeName)} is secondary for no instance"));
            return;
        }
        foreach (var i in secondaries)
        {
            var candidates = cluster.Nodes.Count(n => !n.Offline && !n.Drained
                && !string.Equals(n.Name, nodeName, StringComparison.OrdinalIgnoreCase) && !string.Equals(n.Name, i.PrimaryNode, StringComparison.OrdinalIgnoreCase));
            if (candidates == 0)
            {
                found.Add(PreflightFinding.Blocker(PreflightCodes.NoTarget, $"{NodeNames.Short(i.Name)}: no online, undrained node can take its secondary"));
            }
        }
        found.Add(PreflightFinding.Info(PreflightCodes.DrbdSyncing,
            $"{secondaries.Count} instance(s) get a new secondary: a full DRBD resync each, without redundancy until it ends"));
    }

    /// <summary>Largest first onto the roomiest node (DRBD only to its secondary); what does not fit is a blocker.</summary>
    private static void Pack(string nodeName, IEnumerable<GanetiInstance> movable, MemoryPlan plan, List<PreflightFinding> found)
    {
        plan.Exclude(nodeName);
        foreach (var i in movable.OrderByDescending(MemoryPlan.Used).ThenBy(i => i.Name, StringComparer.Ordinal))
        {
            var need = MemoryPlan.Used(i);
            string? to;
            if (i.IsDrbd)
            {
                to = NodeNames.SecondaryOf(i);
                if (to is null || !plan.CanHost(to))
                {
                    found.Add(PreflightFinding.Blocker(PreflightCodes.NoTarget, $"{NodeNames.Short(i.Name)}: its secondary {(to is null ? "is missing" : NodeNames.Short(to) + " is offline or drained")}"));
                    continue;
                }
                if (plan.Free(to) is { } free && free < need)
                {
                    found.Add(PreflightFinding.Blocker(PreflightCodes.TargetMemory, $"{NodeNames.Short(to)} has {NodeNames.Mib(free)} free, {NodeNames.Short(i.Name)} needs {NodeNames.Mib(need)}"));
                    continue;
                }
            }
            else
            {
                to = plan.Roomiest(need, nodeName);
                if (to is null)
                {
                    found.Add(PreflightFinding.Blocker(PreflightCodes.TargetMemory, $"no other online, undrained node has {NodeNames.Mib(need)} free for {NodeNames.Short(i.Name)}"));
                    continue;
                }
            }
            plan.Move(i, to, need);
        }
    }
}
