using GntTui.Engine.Drbd;

namespace GntTui.Engine.Live;

/// <summary>
/// The disk and node views of the monitor's last snapshot, rebuilt only where their inputs are new
/// objects: a disk whose join (<see cref="DrbdIncrementalJoin"/>) or instance state changed, a node
/// whose sample, stream status or mapped minors changed. The others are the same objects as in the
/// previous snapshot, so consumers can diff by reference. Ages (<c>SampleAge</c>) are as of the
/// build of each view. Not thread-safe: the monitor builds under its lock.
/// </summary>
internal sealed class DrbdViewCache
{
    private readonly DrbdIncrementalJoin _join = new();
    private readonly Dictionary<InstanceDiskSync, (bool Down, DrbdDiskView View)> _disks = new(ReferenceEqualityComparer.Instance);
    private InstanceDiskSync[] _joined = [];
    private DrbdDiskView[] _views = [];
    private IReadOnlySet<string>? _down;
    private IReadOnlyList<string>? _online;
    private string[] _nodeOrder = [];
    private NodeInputs?[] _nodes = [];

    /// <summary>Disks the last <see cref="Disks"/> built a view for.</summary>
    public int LastDiskViewsBuilt { get; private set; }

    /// <summary>Nodes the last <see cref="Nodes"/> built a view for.</summary>
    public int LastNodeViewsBuilt { get; private set; }

    /// <summary>
    /// The disk views, and the positions whose view is new (null: compare by key, the layout changed
    /// or every disk was looked at).
    /// </summary>
    /// <param name="down">Instances not meant to run; a different set object makes every disk be looked at.</param>
    public (DrbdDiskView[] Views, IReadOnlyList<int>? Changed) Disks(
        IReadOnlyList<DrbdMinorMapping> mappings,
        IReadOnlyDictionary<string, DrbdSample> latest,
        IReadOnlySet<string> down,
        Func<InstanceDiskSync, bool, DrbdDiskView> build)
    {
        var joined = _join.Update(mappings, latest);
        var built = 0;
        DrbdDiskView[] views;
        IReadOnlyList<int>? changed;
        if (_join.LastChanged is { } positions && ReferenceEquals(down, _down) && joined.Count == _views.Length)
        {
            views = (DrbdDiskView[])_views.Clone();
            foreach (var i in positions)
            {
                _disks.Remove(_joined[i]);
                views[i] = build(joined[i], down.Contains(joined[i].Instance));
                _disks[joined[i]] = (down.Contains(joined[i].Instance), views[i]);
                built++;
            }
            changed = positions;
        }
        else
        {
            views = new DrbdDiskView[joined.Count];
            var kept = new Dictionary<InstanceDiskSync, (bool Down, DrbdDiskView View)>(joined.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < joined.Count; i++)
            {
                var d = joined[i];
                var isDown = down.Contains(d.Instance);
                if (!_disks.TryGetValue(d, out var known) || known.Down != isDown)
                {
                    known = (isDown, build(d, isDown));
                    built++;
                }
                views[i] = known.View;
                kept[d] = known;
            }
            _disks.Clear();
            foreach (var (d, known) in kept)
            {
                _disks[d] = known;
            }
            changed = null;
        }
        // The join hands out a new array whenever a disk changes (copy on write): keeping it is safe.
        _joined = joined as InstanceDiskSync[] ?? [.. joined];
        _views = views;
        _down = down;
        LastDiskViewsBuilt = built;
        return (views, changed);
    }

    /// <summary>The node views in name order.</summary>
    public DrbdNodeView[] Nodes(
        IReadOnlyList<string> online,
        IReadOnlyDictionary<string, DrbdNodeStatus>? streams,
        IReadOnlyDictionary<string, DrbdSample> latest,
        IReadOnlyDictionary<string, IReadOnlySet<int>> mappedMinors,
        DateTimeOffset now)
    {
        if (!ReferenceEquals(online, _online))
        {
            var order = online.Order(StringComparer.Ordinal).ToArray();
            var before = new Dictionary<string, NodeInputs?>(_nodes.Length, StringComparer.Ordinal);
            for (var i = 0; i < _nodeOrder.Length; i++)
            {
                before[_nodeOrder[i]] = _nodes[i];
            }
            _nodes = [.. order.Select(n => before.GetValueOrDefault(n))];
            _nodeOrder = order;
            _online = online;
        }
        var views = new DrbdNodeView[_nodeOrder.Length];
        var built = 0;
        for (var i = 0; i < _nodeOrder.Length; i++)
        {
            var node = _nodeOrder[i];
            var stream = streams?.GetValueOrDefault(node);
            var sample = latest.GetValueOrDefault(node);
            var minors = mappedMinors.GetValueOrDefault(node);
            var known = _nodes[i];
            if (known is null || !ReferenceEquals(known.Stream, stream) || !ReferenceEquals(known.Sample, sample) || !ReferenceEquals(known.Minors, minors))
            {
                known = _nodes[i] = new NodeInputs(stream, sample, minors, DrbdSnapshotBuilder.Node(node, stream, sample, minors, now));
                built++;
            }
            views[i] = known.View;
        }
        LastNodeViewsBuilt = built;
        return views;
    }

    private sealed record NodeInputs(DrbdNodeStatus? Stream, DrbdSample? Sample, IReadOnlySet<int>? Minors, DrbdNodeView View);
}
