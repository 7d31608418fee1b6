using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Engine.Live;

/// <summary>
/// <c>gnt-node list-drbd</c> per node, fetched from the master and kept. A node is asked again only
/// when the DRBD instances on it (or their roles and peers) changed, or everything is older than
/// <see cref="DrbdMonitorOptions.MappingMaxAge"/>: a failover touches two nodes, not the cluster.
/// Nodes go in batches of <see cref="DrbdMonitorOptions.MappingBatchSize"/>, one round trip each.
/// </summary>
internal sealed class DrbdMappingCache(GanetiClient master, DrbdMonitorOptions options)
{
    private readonly Dictionary<string, (string? Signature, IReadOnlyList<DrbdMinorMapping> Rows)> _nodes = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset? _fullAt;
    private (IReadOnlyList<GanetiInstance> Instances, string[] Online, Dictionary<string, string> Signatures)? _signed;

    /// <summary>The rows of every node answered so far; replaced whole, so readers need no lock.</summary>
    public DrbdMappingState State { get; private set; } = DrbdMappingState.Empty;

    /// <summary>Per online node holding DRBD disks: what its list-drbd should show, as text that changes when that does.</summary>
    public static Dictionary<string, string> NodeSignatures(ClusterSnapshot cluster, IReadOnlyCollection<string> online)
    {
        var onlineSet = online.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var i in cluster.Instances.Where(i => i.IsDrbd))
        {
            var peers = string.Join(',', i.SecondaryNodes);
            foreach (var (node, role) in i.SecondaryNodes.Select(s => (s, "s")).Prepend((i.PrimaryNode, "p")))
            {
                if (node.Length > 0 && onlineSet.Contains(node))
                {
                    (lines.TryGetValue(node, out var l) ? l : lines[node] = []).Add($"{i.Name}:{role}:{i.PrimaryNode}>{peers}");
                }
            }
        }
        return lines.ToDictionary(kv => kv.Key, kv => string.Join('\n', kv.Value.Order(StringComparer.Ordinal)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// <see cref="NodeSignatures"/>, or the last ones when the instances are the same objects as last
    /// time (the list parser keeps unchanged rows) on the same nodes: at 20,000 instances the
    /// signatures were most of what a 5 s refresh cost the DRBD monitor.
    /// </summary>
    internal Dictionary<string, string> Signatures(ClusterSnapshot cluster, IReadOnlyCollection<string> online)
    {
        if (_signed is { } last && last.Online.SequenceEqual(online, StringComparer.OrdinalIgnoreCase)
            && last.Instances.Count == cluster.Instances.Count && SameObjects(last.Instances, cluster.Instances))
        {
            return last.Signatures;
        }
        var signatures = NodeSignatures(cluster, online);
        _signed = (cluster.Instances, [.. online], signatures);
        return signatures;
    }

    private static bool SameObjects(IReadOnlyList<GanetiInstance> a, IReadOnlyList<GanetiInstance> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Asks the master about the nodes that need it. Failures become notes; those nodes are asked again next time.</summary>
    public async Task RefreshAsync(ClusterSnapshot cluster, IReadOnlyCollection<string> online, DateTimeOffset now, CancellationToken ct)
    {
        var wanted = Signatures(cluster, online);
        var removed = _nodes.Keys.Where(n => !wanted.ContainsKey(n)).ToList();
        removed.ForEach(n => _nodes.Remove(n));
        var full = _fullAt is not { } at || now - at >= options.MappingMaxAge;
        var due = wanted
            .Where(kv => full || !_nodes.TryGetValue(kv.Key, out var known) || known.Signature != kv.Value)
            .Select(kv => kv.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (due.Count == 0 && removed.Count == 0)
        {
            return;
        }
        var notes = new List<string>();
        var failed = false;
        foreach (var chunk in due.Chunk(Math.Max(1, options.MappingBatchSize)))
        {
            try
            {
                var (byNode, chunkNotes) = await LoadAsync(chunk, ct).ConfigureAwait(false);
                notes.AddRange(chunkNotes);
                foreach (var node in chunk)
                {
                    _nodes[node] = byNode.TryGetValue(node, out var rows) ? (wanted[node], rows) : (null, Known(node));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Keep what we knew; a null signature makes these nodes due again.
                failed = true;
                notes.Add($"list-drbd could not be fetched for {chunk.Length} node(s): {e.Message.ReplaceLineEndings(" ")}");
                foreach (var node in chunk)
                {
                    _nodes[node] = (null, Known(node));
                }
            }
        }
        if (full && !failed)
        {
            _fullAt = now;
        }
        State = new DrbdMappingState(
            _nodes.Values.SelectMany(n => n.Rows).ToList().AsReadOnly(),
            _nodes.Where(n => n.Value.Signature is not null).ToDictionary(n => n.Key, n => (IReadOnlySet<int>)n.Value.Rows.Select(r => r.Minor).ToHashSet(), StringComparer.OrdinalIgnoreCase),
            notes,
            due.Count > 0 ? now : State.FetchedAt);
    }

    private IReadOnlyList<DrbdMinorMapping> Known(string node) => _nodes.TryGetValue(node, out var known) ? known.Rows : [];

    /// <summary>One batch on the master; a node whose list-drbd failed is named in the notes and left out.</summary>
    private async Task<(Dictionary<string, IReadOnlyList<DrbdMinorMapping>> ByNode, List<string> Notes)> LoadAsync(IReadOnlyList<string> nodes, CancellationToken ct)
    {
        var notes = new List<string>();
        var byNode = new Dictionary<string, IReadOnlyList<DrbdMinorMapping>>(StringComparer.OrdinalIgnoreCase);
        var valid = nodes.Where(n => NameValidator.IsValidHostname(n) || Skip(n, notes)).ToList();
        if (valid.Count == 0)
        {
            return (byNode, notes);
        }
        var results = await master.Shell.RunBatchAsync(valid.Select(GanetiQueries.NodeListDrbd).ToList(), master.Timeout, ct).ConfigureAwait(false);
        for (var k = 0; k < valid.Count && k < results.Count; k++)
        {
            if (!results[k].Succeeded)
            {
                var why = (results[k].Stderr + "\n" + results[k].Stdout).Trim().Split('\n')[^1];
                notes.Add($"list-drbd {valid[k]} failed (exit {results[k].ExitCode}): {DrbdStateNames.Clip(why, 120)}");
                continue;
            }
            byNode[valid[k]] = ListDrbdParser.Parse(results[k].Stdout, notes);
        }
        return (byNode, notes);
    }

    private static bool Skip(string node, List<string> notes)
    {
        notes.Add($"list-drbd: skipped node '{NameValidator.Printable(node)}' (not a host name)");
        return false;
    }
}
