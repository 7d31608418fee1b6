namespace GntTui.Engine.Drbd;

/// <summary>Everything the console knows about DRBD at one moment. Immutable: the monitor publishes a new one.</summary>
public sealed record DrbdSnapshot(DateTimeOffset TakenAt, IReadOnlyList<DrbdDiskView> Disks, IReadOnlyList<DrbdNodeView> Nodes)
{
    /// <summary>When the list-drbd mappings were fetched; null before the first answer.</summary>
    public DateTimeOffset? MappingsAt { get; init; }

    /// <summary>What went wrong fetching mappings or building the snapshot.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public static DrbdSnapshot Empty(DateTimeOffset now) => new(now, [], []);

    public DrbdDiskView? Find(string instance, int diskIndex) =>
        Disks.FirstOrDefault(d => d.DiskIndex == diskIndex && string.Equals(d.Instance, instance, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<DrbdDiskView> ForInstance(string instance) =>
        Disks.Where(d => string.Equals(d.Instance, instance, StringComparison.OrdinalIgnoreCase));

    public DrbdNodeView? FindNode(string node) => Nodes.FirstOrDefault(n => string.Equals(n.Node, node, StringComparison.OrdinalIgnoreCase));
}
