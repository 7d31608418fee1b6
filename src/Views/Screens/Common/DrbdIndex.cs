using GntTui.Engine.Drbd;

namespace GntTui.Views.Screens.Common;

/// <summary>Lookups from a DRBD snapshot that other views show in a column: built once per snapshot.</summary>
internal sealed class DrbdIndex
{
    private DrbdIndex(
        IReadOnlyDictionary<string, DrbdNodeView> nodes,
        IReadOnlyDictionary<string, ResyncSummary> resyncByInstance,
        IReadOnlyDictionary<string, IReadOnlyList<DrbdDiskView>> byInstance)
    {
        Nodes = nodes;
        ResyncByInstance = resyncByInstance;
        ByInstance = byInstance;
    }

    /// <summary>Node → its sampling and degraded minor count; nodes the DRBD layer does not sample are absent.</summary>
    public IReadOnlyDictionary<string, DrbdNodeView> Nodes { get; }

    /// <summary>Instance → its resyncing disks summed up (instances without a resync are absent).</summary>
    public IReadOnlyDictionary<string, ResyncSummary> ResyncByInstance { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<DrbdDiskView>> ByInstance { get; }

    public static DrbdIndex Build(DrbdSnapshot snapshot)
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
            var syncing = disks.Where(d => d.Percent is not null && d.IsUnhealthy()).ToList();
            if (syncing.Count > 0)
            {
                resync[instance] = new ResyncSummary(
                    syncing.Count,
                    syncing.Min(d => d.Percent),
                    syncing.Max(d => d.BestEta()),
                    syncing.Any(d => d.Stalled));
            }
        }

        var nodes = new Dictionary<string, DrbdNodeView>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in snapshot.Nodes)
        {
            nodes[node.Node] = node;
        }

        return new DrbdIndex(
            nodes,
            resync,
            byInstance.ToDictionary(p => p.Key, p => (IReadOnlyList<DrbdDiskView>)[.. p.Value.OrderBy(d => d.DiskIndex)], StringComparer.OrdinalIgnoreCase));
    }
}
