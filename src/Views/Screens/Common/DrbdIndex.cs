using GntTui.Engine.Drbd;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// Lookups from a DRBD snapshot that other views show in a column: built once per snapshot, from
/// the previous snapshot's index where it can. The monitor hands back the same disk and node
/// objects for what did not change, so only instances with a new disk object are summed up again.
/// </summary>
internal sealed class DrbdIndex
{
    private readonly Dictionary<string, DrbdNodeView> _nodes;
    private readonly Dictionary<string, ResyncSummary> _resync;
    private readonly Dictionary<string, IReadOnlyList<DrbdDiskView>> _byInstance;

    private DrbdIndex(
        DrbdSnapshot source,
        Dictionary<string, DrbdNodeView> nodes,
        Dictionary<string, ResyncSummary> resyncByInstance,
        Dictionary<string, IReadOnlyList<DrbdDiskView>> byInstance)
    {
        Source = source;
        _nodes = nodes;
        _resync = resyncByInstance;
        _byInstance = byInstance;
    }

    /// <summary>The snapshot this index was built from.</summary>
    public DrbdSnapshot Source { get; }

    /// <summary>Node → its sampling and degraded minor count; nodes the DRBD layer does not sample are absent.</summary>
    public IReadOnlyDictionary<string, DrbdNodeView> Nodes => _nodes;

    /// <summary>Instance → its resyncing disks summed up (instances without a resync are absent).</summary>
    public IReadOnlyDictionary<string, ResyncSummary> ResyncByInstance => _resync;

    public IReadOnlyDictionary<string, IReadOnlyList<DrbdDiskView>> ByInstance => _byInstance;

    /// <summary>Instances whose lists or summaries the last build computed (all of them when built afresh).</summary>
    public int InstancesIndexed { get; private init; }

    /// <summary>Nodes whose entries the last build set.</summary>
    public int NodesIndexed { get; private init; }

    /// <param name="previous">The index of an earlier snapshot: what is the same object there is reused.</param>
    public static DrbdIndex Build(DrbdSnapshot snapshot, DrbdIndex? previous = null)
    {
        if (previous is null || ReferenceEquals(previous.Source, snapshot))
        {
            return previous ?? Full(snapshot);
        }

        if (ChangedDisks(previous.Source.Disks, snapshot.Disks) is not { } changed || NodesOf(snapshot, previous) is not { } nodesOf)
        {
            return Full(snapshot);
        }

        var byInstance = changed.Count == 0 ? previous._byInstance : new Dictionary<string, IReadOnlyList<DrbdDiskView>>(previous._byInstance, StringComparer.OrdinalIgnoreCase);
        var resync = changed.Count == 0 ? previous._resync : new Dictionary<string, ResyncSummary>(previous._resync, StringComparer.OrdinalIgnoreCase);
        foreach (var group in changed.GroupBy(d => d.Instance, StringComparer.OrdinalIgnoreCase))
        {
            var fresh = group.ToDictionary(d => d.DiskIndex);
            var disks = byInstance[group.Key].Select(d => fresh.GetValueOrDefault(d.DiskIndex) ?? d).ToList();
            byInstance[group.Key] = disks;
            if (Summary(disks) is { } summary)
            {
                resync[group.Key] = summary;
            }
            else
            {
                resync.Remove(group.Key);
            }
        }

        return new DrbdIndex(snapshot, nodesOf.Nodes, resync, byInstance)
        {
            InstancesIndexed = changed.Select(d => d.Instance).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            NodesIndexed = nodesOf.Indexed,
        };
    }

    private static DrbdIndex Full(DrbdSnapshot snapshot)
    {
        var byInstance = new Dictionary<string, List<DrbdDiskView>>(StringComparer.OrdinalIgnoreCase);
        foreach (var disk in snapshot.Disks)
        {
            if (!byInstance.TryGetValue(disk.Instance, out var list))
            {
                byInstance[disk.Instance] = list = [];
            }

            list.Add(disk);
        }

        var resync = new Dictionary<string, ResyncSummary>(StringComparer.OrdinalIgnoreCase);
        foreach (var (instance, disks) in byInstance)
        {
            if (Summary(disks) is { } summary)
            {
                resync[instance] = summary;
            }
        }

        var nodes = new Dictionary<string, DrbdNodeView>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in snapshot.Nodes)
        {
            nodes[node.Node] = node;
        }

        return new DrbdIndex(
            snapshot,
            nodes,
            resync,
            byInstance.ToDictionary(p => p.Key, p => (IReadOnlyList<DrbdDiskView>)[.. p.Value.OrderBy(d => d.DiskIndex)], StringComparer.OrdinalIgnoreCase))
        {
            InstancesIndexed = byInstance.Count,
            NodesIndexed = nodes.Count,
        };
    }

    private static ResyncSummary? Summary(IEnumerable<DrbdDiskView> disks)
    {
        var syncing = disks.Where(d => d.Percent is not null && d.IsUnhealthy()).ToList();
        return syncing.Count == 0 ? null : new ResyncSummary(
            syncing.Count,
            syncing.Min(d => d.Percent),
            syncing.Max(d => d.BestEta()),
            syncing.Any(d => d.Stalled));
    }

    /// <summary>The previous node map with the entries that are new objects replaced; null when the nodes are not the same names in the same order.</summary>
    private static (Dictionary<string, DrbdNodeView> Nodes, int Indexed)? NodesOf(DrbdSnapshot snapshot, DrbdIndex previous)
    {
        var before = previous.Source.Nodes;
        var after = snapshot.Nodes;
        if (ReferenceEquals(before, after))
        {
            return (previous._nodes, 0);
        }

        if (before.Count != after.Count)
        {
            return null;
        }

        Dictionary<string, DrbdNodeView>? nodes = null;
        var indexed = 0;
        for (var i = 0; i < after.Count; i++)
        {
            if (ReferenceEquals(before[i], after[i]))
            {
                continue;
            }

            if (!string.Equals(before[i].Node, after[i].Node, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            nodes ??= new Dictionary<string, DrbdNodeView>(previous._nodes, StringComparer.OrdinalIgnoreCase);
            nodes[after[i].Node] = after[i];
            indexed++;
        }

        return (nodes ?? previous._nodes, indexed);
    }

    /// <summary>The disks that are new objects at the same place for the same instance disk; null when the list itself changed.</summary>
    private static List<DrbdDiskView>? ChangedDisks(IReadOnlyList<DrbdDiskView> before, IReadOnlyList<DrbdDiskView> after)
    {
        if (before.Count != after.Count)
        {
            return null;
        }

        var changed = new List<DrbdDiskView>();
        for (var i = 0; i < after.Count; i++)
        {
            if (ReferenceEquals(before[i], after[i]))
            {
                continue;
            }

            if (before[i].DiskIndex != after[i].DiskIndex || !string.Equals(before[i].Instance, after[i].Instance, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            changed.Add(after[i]);
        }

        return changed;
    }
}
