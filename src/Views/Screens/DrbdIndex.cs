namespace GntTui.Views.Screens;

/// <summary>Lookups from a DRBD update that other views show in a column: built once per update.</summary>
internal sealed class DrbdIndex
{
    private DrbdIndex(
        IReadOnlyDictionary<string, int> unhealthyByNode,
        IReadOnlyDictionary<string, ResyncSummary> resyncByInstance,
        IReadOnlyDictionary<string, IReadOnlyList<DrbdDiskModel>> byInstance)
    {
        UnhealthyByNode = unhealthyByNode;
        ResyncByInstance = resyncByInstance;
        ByInstance = byInstance;
    }

    /// <summary>Node → how many of its DRBD disks are neither in sync nor verifying; nodes the DRBD data does not mention are absent.</summary>
    public IReadOnlyDictionary<string, int> UnhealthyByNode { get; }

    /// <summary>Instance → its resyncing disks summed up (instances without a resync are absent).</summary>
    public IReadOnlyDictionary<string, ResyncSummary> ResyncByInstance { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<DrbdDiskModel>> ByInstance { get; }

    public static DrbdIndex Build(DrbdUpdate update)
    {
        var unhealthy = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var byInstance = new Dictionary<string, List<DrbdDiskModel>>(StringComparer.OrdinalIgnoreCase);
        foreach (var disk in update.Disks)
        {
            foreach (var node in disk.Nodes)
            {
                unhealthy[node] = unhealthy.GetValueOrDefault(node) + (disk.IsUnhealthy ? 1 : 0);
            }

            if (!byInstance.TryGetValue(disk.Instance, out var list))
            {
                byInstance[disk.Instance] = list = [];
            }

            list.Add(disk);
        }

        var resync = new Dictionary<string, ResyncSummary>(StringComparer.OrdinalIgnoreCase);
        foreach (var (instance, disks) in byInstance)
        {
            var syncing = disks.Where(d => d.Percent is not null && d.IsUnhealthy).ToList();
            if (syncing.Count > 0)
            {
                resync[instance] = new ResyncSummary(
                    syncing.Count,
                    syncing.Min(d => d.Percent),
                    syncing.Max(d => d.Eta),
                    syncing.Any(d => d.Stalled));
            }
        }

        return new DrbdIndex(
            unhealthy,
            resync,
            byInstance.ToDictionary(p => p.Key, p => (IReadOnlyList<DrbdDiskModel>)[.. p.Value.OrderBy(d => d.DiskIndex)], StringComparer.OrdinalIgnoreCase));
    }
}
