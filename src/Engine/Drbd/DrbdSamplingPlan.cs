namespace GntTui.Engine.Drbd;

/// <summary>
/// Which node to sample how, under <see cref="DrbdRotationOptions"/>: a node is busy while its
/// DRBD is not steady (a resync, a degraded or disconnected disk, roles or states that moved since
/// the previous sample) or while an operation touches it, and for <see cref="DrbdRotationOptions.BusyLinger"/>
/// after. Busy nodes are sampled every <see cref="DrbdSamplerOptions.Interval"/> (the busiest few by
/// a long-lived stream), the others once per <see cref="DrbdRotationOptions.QuietInterval"/>. Not thread-safe:
/// the sampler holds its lock around every call.
/// </summary>
internal sealed class DrbdSamplingPlan(DrbdRotationOptions options, TimeSpan busyInterval)
{
    private readonly Dictionary<string, NodePlan> _nodes = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Nodes => _nodes.Keys;

    /// <summary>Keeps what is known of nodes still wanted, forgets the rest.</summary>
    public void SetNodes(IReadOnlyCollection<string> nodes)
    {
        var wanted = nodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var gone in _nodes.Keys.Where(n => !wanted.Contains(n)).ToList())
        {
            _nodes.Remove(gone);
        }
        foreach (var node in wanted.Where(n => !_nodes.ContainsKey(n)))
        {
            _nodes[node] = new NodePlan();
        }
    }

    public bool IsWanted(string node) => _nodes.ContainsKey(node);

    /// <summary>Records a sample; true when it made the node busy (it was not before).</summary>
    public bool Sampled(DrbdSample sample)
    {
        if (!_nodes.TryGetValue(sample.Node, out var plan))
        {
            return false;
        }
        var wasBusy = plan.BusyUntil > sample.Time;
        plan.LastAttempt = sample.Time;
        var busy = IsUnsteady(sample) || (plan.Previous is { } before && Moved(before, sample));
        plan.Previous = Shape(sample);
        if (busy)
        {
            plan.BusyUntil = sample.Time + options.BusyLinger;
        }
        return busy && !wasBusy;
    }

    /// <summary>A failed one-shot: tried again after the node's interval, like a sample.</summary>
    public void Failed(string node, DateTimeOffset now)
    {
        if (_nodes.TryGetValue(node, out var plan))
        {
            plan.LastAttempt = now;
        }
    }

    /// <summary>An operation is about to touch these nodes: sample them often from now on.</summary>
    public bool MarkBusy(IEnumerable<string> nodes, DateTimeOffset now)
    {
        var changed = false;
        foreach (var node in nodes)
        {
            if (_nodes.TryGetValue(node, out var plan))
            {
                changed |= plan.BusyUntil <= now;
                plan.BusyUntil = now + options.BusyLinger;
            }
        }
        return changed;
    }

    public bool IsBusy(string node, DateTimeOffset now) => _nodes.TryGetValue(node, out var plan) && plan.BusyUntil > now;

    /// <summary>The nodes that get a long-lived stream: every node of a small cluster, else the busy ones, the most recently busy first, at most <see cref="DrbdRotationOptions.MaxStreams"/>.</summary>
    public IReadOnlyList<string> Streamed(DateTimeOffset now) =>
        _nodes.Count <= Math.Min(options.StreamEveryNodeUpTo, options.MaxStreams)
            ? [.. _nodes.Keys.Order(StringComparer.Ordinal)]
            : _nodes.Where(p => p.Value.BusyUntil > now)
            .OrderByDescending(p => p.Value.BusyUntil).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(options.MaxStreams).Select(p => p.Key).ToList();

    /// <summary>
    /// Nodes due a one-shot sample now (not streamed, not in flight), never-sampled and longest-waiting
    /// first; the caller takes as many as it has room for and marks them <see cref="Started"/>.
    /// </summary>
    public IReadOnlyList<string> Due(DateTimeOffset now, IReadOnlySet<string> streamed)
    {
        var due = new List<(string Node, DateTimeOffset Since)>();
        foreach (var (node, plan) in _nodes)
        {
            if (plan.InFlight || streamed.Contains(node))
            {
                continue;
            }
            if (plan.LastAttempt is not { } last)
            {
                due.Add((node, DateTimeOffset.MinValue));
                continue;
            }
            var interval = plan.BusyUntil > now ? busyInterval : options.QuietInterval;
            if (now - last >= interval)
            {
                due.Add((node, last + interval));
            }
        }
        return due.OrderBy(d => d.Since).ThenBy(d => d.Node, StringComparer.Ordinal).Select(d => d.Node).ToList();
    }

    public void Started(string node)
    {
        if (_nodes.TryGetValue(node, out var plan))
        {
            plan.InFlight = true;
        }
    }

    public void Ended(string node)
    {
        if (_nodes.TryGetValue(node, out var plan))
        {
            plan.InFlight = false;
        }
    }

    /// <summary>Anything but every configured device connected, up to date on both sides, and not resyncing or verifying.</summary>
    public static bool IsUnsteady(DrbdSample sample) =>
        sample.Devices.Any(d => d.IsConfigured && (d.Health != DrbdHealth.Healthy || d.Sync is not null));

    private static bool Moved(string before, DrbdSample sample) => !string.Equals(before, Shape(sample), StringComparison.Ordinal);

    /// <summary>What must stay the same from sample to sample on a quiet node: minors, states and roles, not counters.</summary>
    private static string Shape(DrbdSample sample) =>
        string.Join(';', sample.Devices.Select(d => $"{d.Minor}:{d.Connection}:{d.Role}/{d.PeerRole}:{d.Disk}/{d.PeerDisk}"));

    private sealed class NodePlan
    {
        public DateTimeOffset? LastAttempt { get; set; }

        public DateTimeOffset BusyUntil { get; set; } = DateTimeOffset.MinValue;

        public bool InFlight { get; set; }

        public string? Previous { get; set; }
    }
}
