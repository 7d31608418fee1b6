using System.Threading.Channels;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Store;

namespace GntTui.Engine.Live;

/// <summary>
/// The DRBD model: the sampler's captures, list-drbd mappings from the master, the join and the
/// resync estimator, folded into immutable <see cref="DrbdSnapshot"/>s. Samples are taken in as
/// they come (any thread); snapshots are built at most every <see cref="DrbdMonitorOptions.PublishInterval"/>
/// by <see cref="RunAsync"/> when there is news, or on demand by <see cref="Rebuild"/>. Each snapshot is
/// built from the last (<see cref="DrbdViewCache"/>): what no new sample touched is the same objects.
/// </summary>
public sealed class DrbdMonitor : IDisposable
{
    private readonly DrbdSampler? _sampler;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Lock _rebuilding = new();
    private readonly SemaphoreSlim _mapping = new(1, 1);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ResyncEstimator _estimator;
    private readonly DrbdResyncWatch _watch = new();
    private readonly DrbdHistoryRecorder _recorder;
    private readonly Dictionary<string, DrbdSample> _latest = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DrbdSample> _repeats = new(StringComparer.OrdinalIgnoreCase);
    private readonly DrbdViewCache _views = new();
    private bool _dirty = true;
    private DateTimeOffset _builtAt = DateTimeOffset.MinValue;
    private IReadOnlyList<string> _online = [];
    private HashSet<string> _onlineSet = new(StringComparer.OrdinalIgnoreCase);
    private bool _clusterSeen;
    private HashSet<string> _notMeantToRun = new(StringComparer.OrdinalIgnoreCase);
    private readonly DrbdMappingCache _mappings;
    private ClusterSnapshot? _pendingCluster;
    private volatile DrbdSnapshot _current;

    /// <param name="master">Client of the master, for list-drbd (its shell's batches).</param>
    /// <param name="sampler">Where samples come from; null when the caller feeds <see cref="Ingest"/> itself.</param>
    /// <param name="history">State-file history; null keeps nothing across restarts.</param>
    public DrbdMonitor(string cluster, GanetiClient master, DrbdSampler? sampler = null, DrbdHistory? history = null,
        DrbdMonitorOptions? options = null, TimeProvider? time = null)
    {
        Cluster = cluster;
        _sampler = sampler;
        Options = options ?? DrbdMonitorOptions.Default;
        _time = time ?? TimeProvider.System;
        _estimator = new ResyncEstimator(Options.Estimator);
        _mappings = new DrbdMappingCache(master, Options);
        _recorder = new DrbdHistoryRecorder(history, cluster, Options);
        _recorder.DeleteOld(_time.GetUtcNow());
        _current = DrbdSnapshot.Empty(_time.GetUtcNow());
        if (_sampler is not null)
        {
            _sampler.SampleReceived += Ingest;
            _sampler.StatusChanged += OnStatus;
        }
    }

    public string Cluster { get; }

    public DrbdMonitorOptions Options { get; }

    public DrbdSnapshot Current => _current;

    /// <summary>Disk and node views the last snapshot built anew (the rest were the previous snapshot's).</summary>
    internal (int Disks, int Nodes) LastBuilt => (_views.LastDiskViewsBuilt, _views.LastNodeViewsBuilt);

    /// <summary>Raised with each new snapshot, on the thread that built it.</summary>
    public event Action<DrbdSnapshot>? SnapshotPublished;

    /// <summary>Raised after the snapshot that shows it: resync finished, stall, split brain.</summary>
    public event Action<DrbdMonitorEvent>? EventRaised;

    /// <summary>
    /// Takes a node's capture in (thread-safe). Captures of nodes no longer sampled are dropped. A
    /// capture that repeats the node's last one (<see cref="DrbdRepeat.Of"/>) wakes nobody: it is
    /// folded into the next snapshot built for other news, or after <see cref="DrbdMonitorOptions.RepeatFoldInterval"/>.
    /// </summary>
    public void Ingest(DrbdSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        lock (_gate)
        {
            if (_clusterSeen && !_onlineSet.Contains(sample.Node))
            {
                return;
            }
            var newest = _repeats.GetValueOrDefault(sample.Node) ?? _latest.GetValueOrDefault(sample.Node);
            if (newest is not null && newest.Time > sample.Time)
            {
                return;
            }
            if (_latest.TryGetValue(sample.Node, out var before) && DrbdRepeat.Of(before, sample))
            {
                _repeats[sample.Node] = sample;
                return;
            }
            _repeats.Remove(sample.Node);
            _latest[sample.Node] = sample;
            _estimator.Add(sample);
            _dirty = true;
        }
        Wake();
    }

    /// <summary>Hands a cluster snapshot to <see cref="RunAsync"/> (for ClusterMonitor.SnapshotPublished); never blocks.</summary>
    public void OnClusterSnapshot(ClusterSnapshot cluster)
    {
        Volatile.Write(ref _pendingCluster, cluster);
        Wake();
    }

    /// <summary>
    /// Applies a cluster snapshot: offline and vanished nodes stop being sampled, new online ones
    /// start; list-drbd is fetched again for the nodes whose DRBD instances or placement changed
    /// (for all when the mappings are old). Failures become snapshot notes, never exceptions.
    /// </summary>
    public async Task UpdateClusterAsync(ClusterSnapshot cluster, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var online = DrbdSampler.OnlineNodes(cluster);
        lock (_gate)
        {
            _clusterSeen = true;
            // The same sets and lists as before when nothing moved: the view cache compares by reference.
            var down = cluster.Instances.Where(i => !i.IsMeantToRun).Select(i => i.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (!down.SetEquals(_notMeantToRun))
            {
                _notMeantToRun = down;
            }
            if (!online.SequenceEqual(_online, StringComparer.OrdinalIgnoreCase))
            {
                _online = online;
                _onlineSet = online.ToHashSet(StringComparer.OrdinalIgnoreCase);
            }
            foreach (var gone in _latest.Keys.Where(n => !_onlineSet.Contains(n)).ToList())
            {
                foreach (var device in _latest[gone].Devices)
                {
                    _estimator.Forget(DrbdDeviceKey.Of(gone, device));
                }
                _latest.Remove(gone);
                _repeats.Remove(gone);
            }
            _dirty = true;
        }
        _sampler?.SetNodes(online);
        await _mapping.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _mappings.RefreshAsync(cluster, online, _time.GetUtcNow(), ct).ConfigureAwait(false);
        }
        finally
        {
            _mapping.Release();
        }
        Wake();
    }

    /// <summary>Builds, publishes and returns a snapshot now; raises the events it shows.</summary>
    public DrbdSnapshot Rebuild()
    {
        lock (_rebuilding)
        {
            var now = _time.GetUtcNow();
            DrbdDiskView[] disks;
            IReadOnlyList<int>? changed;
            DrbdNodeView[] nodes;
            List<string> notes;
            var streams = _sampler?.Status;
            var mappings = _mappings.State;
            lock (_gate)
            {
                // Repeated captures come in now: only their nodes' disks are joined again.
                foreach (var (node, repeat) in _repeats)
                {
                    _latest[node] = repeat;
                }
                _repeats.Clear();
                _dirty = false;
                _builtAt = now;
                (disks, changed) = _views.Disks(mappings.Rows, _latest, _notMeantToRun,
                    (d, down) => DrbdSnapshotBuilder.Disk(d, _estimator.Get, now, down) is var v && v.Estimate is { } e ? v with { SpeedHistory = _recorder.Sparkline(e) } : v);
                nodes = _views.Nodes(_online, streams, _latest, mappings.MappedMinors, now);
                notes = [.. mappings.Notes];
            }
            var (views, events) = _watch.Observe(disks, now, changed);
            _recorder.Record(views, events.Select(e => e.Finished).OfType<DrbdFinishedResync>());
            if (_recorder.Error is { } error)
            {
                notes.Add(error);
            }
            var snapshot = new DrbdSnapshot(now, views, nodes) { MappingsAt = mappings.FetchedAt, Notes = notes };
            _current = snapshot;
            SnapshotPublished?.Invoke(snapshot);
            foreach (var e in events)
            {
                EventRaised?.Invoke(e);
            }
            return snapshot;
        }
    }

    /// <summary>
    /// Whether <see cref="RunAsync"/> has anything to build: news since the last snapshot, or
    /// repeated captures waiting longer than <see cref="DrbdMonitorOptions.RepeatFoldInterval"/>.
    /// A quiet cluster costs no snapshot at all.
    /// </summary>
    internal bool HasNews(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _dirty || (_repeats.Count > 0 && now - _builtAt >= Options.RepeatFoldInterval);
        }
    }

    /// <summary>Applies cluster snapshots and builds DRBD snapshots as news comes, until cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                using (var quiet = new CancellationTokenSource(Options.QuietInterval, _time))
                using (var either = CancellationTokenSource.CreateLinkedTokenSource(ct, quiet.Token))
                {
                    try
                    {
                        await _wake.Reader.WaitToReadAsync(either.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                    {
                        // Quiet for a while: build anyway, ages move on.
                    }
                }
                _wake.Reader.TryRead(out _);
                if (Interlocked.Exchange(ref _pendingCluster, null) is { } cluster)
                {
                    await UpdateClusterAsync(cluster, ct).ConfigureAwait(false);
                }
                if (!HasNews(_time.GetUtcNow()))
                {
                    continue;
                }
                Rebuild();
                await Task.Delay(Options.PublishInterval, _time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        if (_sampler is not null)
        {
            _sampler.SampleReceived -= Ingest;
            _sampler.StatusChanged -= OnStatus;
        }
        _mapping.Dispose();
    }

    private void OnStatus(DrbdNodeStatus status)
    {
        lock (_gate)
        {
            _dirty = true;
        }
        Wake();
    }

    private void Wake() => _wake.Writer.TryWrite(true);
}
