namespace GntTui.Engine.Redundancy;

/// <summary>
/// N+1 exactly as Ganeti 3.0 judges it (htools' <c>Node.buildPeers</c>, what <c>hcheck</c> counts
/// as "Nodes not N+1 happy"; <c>gnt-cluster verify</c>'s ENODEN1 is the same comparison): for each
/// online node, the memory of the instances that would fail over to it is summed per primary node,
/// and the node fails when its free memory is less than the largest sum (<c>fMem &lt; rMem</c>).
/// Ganeti's master branch (commit 3c45a5c27, 2025) compares <c>unallocatedMem &lt;= rMem</c>
/// instead; 3.0.2, the released version and the lab's, is the oracle here. One pass over the
/// instances, one over the nodes.
/// </summary>
public static class NPlusOneRule
{
    public static NPlusOneVerdict Judge(IReadOnlyList<RedundancyNode> nodes, IEnumerable<RedundancyInstance> instances)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(instances);
        var peers = new Dictionary<string, Dictionary<string, Peer>>(StringComparer.OrdinalIgnoreCase);
        foreach (var i in instances)
        {
            if (i.Secondary is null || !i.ReservesOnSecondary)
            {
                continue;
            }
            if (!peers.TryGetValue(i.Secondary, out var byPrimary))
            {
                peers[i.Secondary] = byPrimary = new(StringComparer.OrdinalIgnoreCase);
            }
            var p = byPrimary.GetValueOrDefault(i.Primary);
            byPrimary[i.Primary] = new Peer(p.Count + 1, p.MiB + i.MemoryMiB);
        }
        var failures = new List<NPlusOneFailure>();
        foreach (var n in nodes.Where(n => !n.Offline))
        {
            var (primary, worst) = Worst(peers.GetValueOrDefault(n.Name));
            if (n.FreeMiB < worst.MiB)
            {
                failures.Add(new NPlusOneFailure(n.Name, primary, worst.Count, worst.MiB, n.FreeMiB));
            }
        }
        return new NPlusOneVerdict(failures);
    }

    private static (string? Primary, Peer Peer) Worst(Dictionary<string, Peer>? byPrimary)
    {
        string? primary = null;
        var worst = default(Peer);
        foreach (var (name, p) in byPrimary ?? [])
        {
            if (primary is null || p.MiB > worst.MiB || p.MiB == worst.MiB && string.CompareOrdinal(name, primary) < 0)
            {
                (primary, worst) = (name, p);
            }
        }
        return (primary, worst);
    }

    private readonly record struct Peer(int Count, long MiB);
}
