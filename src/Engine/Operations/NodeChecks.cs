using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Engine.Operations;

/// <summary>Checks of a node an instance is sent to: there, not its own primary, online, undrained, with room.</summary>
internal static class NodeChecks
{
    public static void Target(GanetiInstance instance, string target, long? memory, ClusterSnapshot cluster, List<PreflightFinding> found)
    {
        var node = cluster.FindNode(target);
        var name = NodeNames.Short(target);
        if (node is null)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.UnknownNode, $"no node {target} in the last refresh"));
            return;
        }
        if (string.Equals(target, instance.PrimaryNode, StringComparison.OrdinalIgnoreCase))
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.SameNode, $"Cannot migrate instance {instance.Name} to its primary ({target})"));
            return;
        }
        if (node.Offline)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.TargetOffline, $"Can't get data from node {target}: Node is marked offline"));
            return;
        }
        if (node.Drained)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.TargetDrained, $"{name} is drained: Ganeti places no instance on it"));
        }
        if (memory is not { } need)
        {
            return;
        }
        if (node.MemoryFree.OrNull is not { } free)
        {
            found.Add(PreflightFinding.Warning(PreflightCodes.MemoryUnknown, $"free memory of {name} is unknown ({node.MemoryFree}): cannot tell whether {NodeNames.Mib(need)} fit"));
            return;
        }
        if (free < need)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.TargetMemory,
                $"{name} has {NodeNames.Mib(free)} free, {NodeNames.Short(instance.Name)} needs {NodeNames.Mib(need)}"));
            return;
        }
        NPlusOne.Compare(cluster, p => p.Move(instance, target, MemoryPlan.Used(instance)), found);
    }
}
