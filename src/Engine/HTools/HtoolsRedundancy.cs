using GntTui.Engine.Redundancy;

namespace GntTui.Engine.HTools;

/// <summary>An htools text cluster as N+1 input, with the meanings htools gives each field (<c>Instance.usesMemory</c>, <c>usesSecMem</c>).</summary>
public static class HtoolsRedundancy
{
    private static readonly HashSet<string> UsingMemory = ["running", "ERROR_up", "ERROR_nodedown", "ERROR_nodeoffline", "ERROR_wrongnode"];

    public static RedundancyModel Model(HtoolsCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var groups = cluster.Groups.ToDictionary(g => g.Uuid, g => g.Name, StringComparer.Ordinal);
        return new RedundancyModel(
            cluster.Nodes.Select(n => new RedundancyNode(n.Name, groups.GetValueOrDefault(n.GroupUuid, n.GroupUuid), n.Offline, n.FreeMemory)),
            cluster.Instances.Select(i => new RedundancyInstance(i.Name, i.PrimaryNode, i.SecondaryNode, i.Memory,
                !i.Forthcoming && UsingMemory.Contains(i.Status),
                !i.Forthcoming && i.AutoBalance && i.Status != "ADMIN_offline")));
    }
}
