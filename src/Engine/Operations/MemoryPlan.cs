using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Operations;

/// <summary>
/// Free memory per node as Ganeti reports it, with planned moves applied, to answer "does it fit"
/// and where a node's primaries would go. The moves are kept (<see cref="Moves"/>) so N+1 can be
/// judged on the resulting cluster (<see cref="NPlusOne"/>). Unknown free memory counts as none.
/// </summary>
internal sealed class MemoryPlan
{
    private readonly Dictionary<string, long?> _free = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GanetiNode> _nodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _primaryOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _excluded = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Instance, string To)> _moves = [];

    public MemoryPlan(IReadOnlyList<GanetiNode> nodes, IReadOnlyList<GanetiInstance> instances)
    {
        foreach (var n in nodes)
        {
            _nodes[n.Name] = n;
            _free[n.Name] = n.MemoryFree.OrNull;
        }
        foreach (var i in instances)
        {
            _primaryOf[i.Name] = i.PrimaryNode;
        }
    }

    /// <summary>Memory an instance occupies where it runs: its configured memory while it runs, nothing while it is down.</summary>
    public static long Used(GanetiInstance i) => i.Status is InstanceStatus.Running or InstanceStatus.ErrorUp ? i.Memory.OrNull ?? 0 : 0;

    /// <summary>The planned moves, in order.</summary>
    public IReadOnlyList<(string Instance, string To)> Moves => _moves;

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
        _moves.Add((instance.Name, to));
    }

    /// <summary>The host with the most free memory that fits <paramref name="memory"/>, other than <paramref name="not"/>.</summary>
    public string? Roomiest(long memory, string not) =>
        _free.Where(kv => !string.Equals(kv.Key, not, StringComparison.OrdinalIgnoreCase) && CanHost(kv.Key) && kv.Value >= memory)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).FirstOrDefault();
}
