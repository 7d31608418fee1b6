using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Operations;

/// <summary>
/// Free memory per node as Ganeti reports it, with planned moves applied, to answer "does it fit"
/// and "is N+1 redundancy kept". Deliberately simple so a finding can be explained in a sentence:
/// N+1 holds when every node's running primaries could be restarted on the other nodes that can
/// take instances (online, not drained), largest first onto the roomiest, DRBD ones only on their
/// secondary. A plain sum of free memory would not do: a move hands back to the source exactly what
/// it takes from the target, so the sum never changes. Unknown free memory counts as none.
/// </summary>
internal sealed class MemoryPlan
{
    private readonly Dictionary<string, long?> _free = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GanetiNode> _nodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _primaryOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _excluded = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<GanetiInstance> _instances;

    public MemoryPlan(IReadOnlyList<GanetiNode> nodes, IReadOnlyList<GanetiInstance> instances)
    {
        foreach (var n in nodes)
        {
            _nodes[n.Name] = n;
            _free[n.Name] = n.MemoryFree.OrNull;
        }
        _instances = instances;
        foreach (var i in instances)
        {
            _primaryOf[i.Name] = i.PrimaryNode;
        }
    }

    /// <summary>Memory an instance occupies where it runs: its configured memory while it runs, nothing while it is down.</summary>
    public static long Used(GanetiInstance i) => i.Status is InstanceStatus.Running or InstanceStatus.ErrorUp ? i.Memory.OrNull ?? 0 : 0;

    public long? Free(string node) => _free.GetValueOrDefault(node);

    /// <summary>Whether a node can take instances: known, online, not drained, not being emptied.</summary>
    public bool CanHost(string node) =>
        _nodes.TryGetValue(node, out var n) && !n.Offline && !n.Drained && !_excluded.Contains(node);

    /// <summary>A node being emptied no longer counts as room for others.</summary>
    public void Exclude(string node) => _excluded.Add(node);

    public void Move(GanetiInstance instance, string to, long memory)
    {
        var from = _primaryOf.GetValueOrDefault(instance.Name);
        if (from is not null && _free.TryGetValue(from, out var f) && f is { } ff)
        {
            _free[from] = ff + Used(instance);
        }
        if (_free.TryGetValue(to, out var t) && t is { } tt)
        {
            _free[to] = tt - memory;
        }
        _primaryOf[instance.Name] = to;
    }

    /// <summary>The host with the most free memory that fits <paramref name="memory"/>, other than <paramref name="not"/>.</summary>
    public string? Roomiest(long memory, string not) =>
        _free.Where(kv => !string.Equals(kv.Key, not, StringComparison.OrdinalIgnoreCase) && CanHost(kv.Key) && kv.Value >= memory)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();

    /// <summary>
    /// For each node, whether its running primaries could restart elsewhere if it failed: largest
    /// first, each onto the node with the most free memory (a DRBD instance only onto its
    /// secondary). The first that does not fit is the node's gap.
    /// </summary>
    public IReadOnlyList<NPlusOneGap> Gaps()
    {
        var gaps = new List<NPlusOneGap>();
        foreach (var node in _nodes.Values.Where(n => !n.Offline).OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            var free = _free.Where(kv => !string.Equals(kv.Key, node.Name, StringComparison.OrdinalIgnoreCase) && CanHost(kv.Key))
                .ToDictionary(kv => kv.Key, kv => kv.Value ?? 0, StringComparer.OrdinalIgnoreCase);
            var primaries = _instances.Where(i => string.Equals(_primaryOf.GetValueOrDefault(i.Name), node.Name, StringComparison.OrdinalIgnoreCase) && Used(i) > 0)
                .OrderByDescending(Used).ThenBy(i => i.Name, StringComparer.Ordinal);
            foreach (var i in primaries)
            {
                var need = Used(i);
                var secondary = i.IsDrbd ? NodeNames.SecondaryOf(i) : null;
                var candidates = free.Where(kv => secondary is null || string.Equals(kv.Key, secondary, StringComparison.OrdinalIgnoreCase))
                    .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
                if (candidates.Count == 0 || candidates[0].Value < need)
                {
                    var best = candidates.Count == 0 ? null : candidates[0].Key;
                    gaps.Add(new NPlusOneGap(node.Name, i.Name, need, best, best is null ? 0 : candidates[0].Value, secondary is not null));
                    break;
                }
                free[candidates[0].Key] -= need;
            }
        }
        return gaps;
    }
}
