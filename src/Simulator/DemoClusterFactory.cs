namespace GntTui.Simulator;

/// <summary>
/// Builds demo clusters from a seed: the same seed and size always give the same nodes, instances,
/// placements and UUIDs. Nodes are grouped 40 to a group; instances are mostly DRBD, with some of
/// every other template, placed where memory and disk allow (an instance that fits nowhere is
/// created stopped, as an operator would have left it).
/// </summary>
public static class DemoClusterFactory
{
    private const int NodesPerGroup = 40;

    private static readonly (string Template, double Weight)[] Templates =
    [
        (DiskTemplates.Drbd, 0.62), (DiskTemplates.Plain, 0.10), (DiskTemplates.SharedFile, 0.10),
        (DiskTemplates.Diskless, 0.08), (DiskTemplates.File, 0.10),
    ];

    private static readonly long[] MemorySizes = [512, 1024, 2048, 4096, 8192, 16384];

    public static SimulatedCluster Create(DemoSize size, long seed, TimeProvider? time = null, SimClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentOutOfRangeException.ThrowIfLessThan(size.Nodes, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(size.Instances);
        var cluster = new SimulatedCluster("demo." + (options?.DomainSuffix ?? "example.com"), time ?? TimeProvider.System, seed, options);
        var rng = cluster.Rng;
        var small = size.Nodes <= 10;
        var groups = BuildGroups(cluster, size.Nodes);
        var byGroup = groups.ToDictionary(g => g, _ => new List<SimNode>());
        for (var i = 1; i <= size.Nodes; i++)
        {
            var group = groups[(i - 1) / NodesPerGroup];
            var node = new SimNode($"node{i}.{cluster.Options.DomainSuffix}", rng.NextUuid(), group, NodeIp(i))
            {
                MemoryTotalMiB = small ? 65536 : 262144,
                MemoryNodeMiB = rng.Between(1800, 4200),
                DiskTotalMiB = (small ? 1024L * 1024 : 4L * 1024 * 1024) + (rng.Between(0, 4) * 512L * 1024),
                Cpus = small ? 16 : 48,
                IsMaster = i == 1,
                MasterCandidate = i <= 10,
                Created = cluster.Created,
                Modified = cluster.Created,
            };
            cluster.AddNode(node);
            byGroup[group].Add(node);
        }
        for (var i = 1; i <= size.Instances; i++)
        {
            AddInstance(cluster, rng, i, groups[(i - 1) % groups.Count], byGroup, small);
        }
        foreach (var end in cluster.Nodes.SelectMany(n => n.DrbdMinors.Values))
        {
            // Devices have been up for a while: their counters are not zero.
            end.Counters.Backdate(cluster.Created - TimeSpan.FromHours(rng.Between(2.0, 500.0)), end.Link.Instance.WriteRateKiBps,
                ReferenceEquals(end.Link.Writer(), end));
        }
        return cluster;
    }

    private static List<SimNodeGroup> BuildGroups(SimulatedCluster cluster, int nodes)
    {
        var count = (nodes + NodesPerGroup - 1) / NodesPerGroup;
        var groups = new List<SimNodeGroup>();
        for (var g = 0; g < count; g++)
        {
            var group = new SimNodeGroup(count == 1 ? "default" : $"rack{g + 1:00}", cluster.Rng.NextUuid());
            cluster.AddGroup(group);
            groups.Add(group);
        }
        return groups;
    }

    private static void AddInstance(SimulatedCluster cluster, SimRandom rng, int i, SimNodeGroup group,
        Dictionary<SimNodeGroup, List<SimNode>> byGroup, bool small)
    {
        var template = PickTemplate(rng);
        var memory = MemorySizes[Math.Min(MemorySizes.Length - 1, (int)Math.Floor(Math.Pow(rng.NextDouble(), 1.6) * MemorySizes.Length))];
        var disks = new List<long>();
        if (template != DiskTemplates.Diskless)
        {
            var count = rng.Chance(0.8) ? 1 : 2;
            for (var d = 0; d < count; d++)
            {
                disks.Add(1024L * (small ? rng.Between(2, 21) : rng.Between(10, 201)));
            }
        }
        var nodes = byGroup[group];
        var primary = BestOf(rng, nodes, n => n.MemoryFreeMiB, null);
        SimNode? secondary = null;
        if (template == DiskTemplates.Drbd)
        {
            secondary = BestOf(rng, nodes, n => n.DiskFreeMiB, primary);
        }
        var running = rng.Chance(0.97) && primary.MemoryFreeMiB >= memory;
        var inst = cluster.AddInstance($"inst{i}.{cluster.Options.DomainSuffix}", template, memory, rng.Between(1, 9), disks, primary, secondary, running);
        inst.Os = rng.Chance(0.7) ? "debootstrap+default" : "image+ubuntu-24.04";
        inst.NicIp = $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}";
    }

    /// <summary>The best of three random picks: spreads load like an allocator without scanning every node.</summary>
    private static SimNode BestOf(SimRandom rng, List<SimNode> nodes, Func<SimNode, long> room, SimNode? not)
    {
        SimNode? best = null;
        for (var tries = 0; tries < 3 || best is null; tries++)
        {
            var n = rng.Pick(nodes);
            if (ReferenceEquals(n, not))
            {
                continue;
            }
            if (best is null || room(n) > room(best))
            {
                best = n;
            }
        }
        return best;
    }

    private static string PickTemplate(SimRandom rng)
    {
        var x = rng.NextDouble();
        foreach (var (template, weight) in Templates)
        {
            if (x < weight)
            {
                return template;
            }
            x -= weight;
        }
        return DiskTemplates.Drbd;
    }

    private static string NodeIp(int i) => i < 250 ? $"198.51.100.{i + 1}" : $"10.200.{i / 250}.{(i % 250) + 1}";
}
