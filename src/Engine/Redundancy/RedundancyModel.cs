using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Engine.Redundancy;

/// <summary>
/// A cluster reduced to what N+1 needs, with planned moves applied the way htools applies them
/// (the instance's memory leaves its old primary and lands on the new one; a DRBD instance moved
/// to its secondary swaps primary and secondary), so a move can be judged before and after.
/// </summary>
public sealed class RedundancyModel
{
    private readonly List<RedundancyNode> _nodes = [];
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RedundancyInstance> _instances = new(StringComparer.OrdinalIgnoreCase);

    public RedundancyModel(IEnumerable<RedundancyNode> nodes, IEnumerable<RedundancyInstance> instances)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(instances);
        foreach (var n in nodes)
        {
            _nodeIndex[n.Name] = _nodes.Count;
            _nodes.Add(n);
        }
        foreach (var i in instances)
        {
            _instances[i.Name] = i;
        }
    }

    public static RedundancyModel From(ClusterSnapshot cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return From(cluster.Nodes, cluster.Instances);
    }

    /// <summary>
    /// From <c>gnt-node list</c> / <c>gnt-instance list</c> rows. The Engine does not ask for
    /// <c>be/auto_balance</c>: every instance counts as auto-balanced, Ganeti's default.
    /// </summary>
    public static RedundancyModel From(IReadOnlyList<GanetiNode> nodes, IReadOnlyList<GanetiInstance> instances)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(instances);
        return new RedundancyModel(
            nodes.Select(n => new RedundancyNode(n.Name, n.Group, n.Offline || n.Drained || n.MemoryFree.OrNull is null,
                n.MemoryFree.OrNull ?? 0)),
            instances.Select(i => new RedundancyInstance(i.Name, i.PrimaryNode, i.IsDrbd && i.SecondaryNodes.Count > 0 ? i.SecondaryNodes[0] : null,
                i.Memory.OrNull ?? 0, UsesMemory(i.Status), i.Status != InstanceStatus.AdminOffline)));
    }

    /// <summary>htools' <c>usesMemory</c>: stopped instances use none; states that say nothing about it count as using it.</summary>
    public static bool UsesMemory(InstanceStatus status) =>
        status is not (InstanceStatus.AdminDown or InstanceStatus.AdminOffline or InstanceStatus.ErrorDown or InstanceStatus.UserDown);

    public NPlusOneVerdict Judge() => NPlusOneRule.Judge(_nodes, _instances.Values);

    /// <summary>Plans <paramref name="instance"/> to run on <paramref name="to"/>; unknown names change nothing.</summary>
    public void Move(string instance, string to)
    {
        if (!_instances.TryGetValue(instance, out var i) || string.Equals(i.Primary, to, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var secondary = i.Secondary is { } s && string.Equals(s, to, StringComparison.OrdinalIgnoreCase) ? i.Primary : i.Secondary;
        if (i.UsesMemory)
        {
            AddFree(i.Primary, i.MemoryMiB);
            AddFree(to, -i.MemoryMiB);
        }
        _instances[instance] = i with { Primary = to, Secondary = secondary };
    }

    private void AddFree(string node, long mib)
    {
        if (_nodeIndex.TryGetValue(node, out var at))
        {
            _nodes[at] = _nodes[at] with { FreeMiB = _nodes[at].FreeMiB + mib };
        }
    }
}
