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
/// by <see cref="RunAsync"/>, or on demand by <see cref="Rebuild"/>.
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

    /// <summary>Raised with each new snapshot, on the thread that built it.</summary>
    public event Action<DrbdSnapshot>? SnapshotPublished;

    /// <summary>Raised after the snapshot that shows it: resync finished, stall, split brain.</summary>
    public event Action<DrbdMonitorEvent>? EventRaised;

    /// <summary>Takes a node's capture in (thread-safe). Captures of nodes no longer sampled are dropped.</summary>
    public void Ingest(DrbdSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        lock (_gate)
        {
            if (_clusterSeen && !_onlineSet.Contains(sample.Node))
            {
                return;
            }
            if (_latest.TryGetValue(sample.Node, out var before) && before.Time > sample.Time)
            {
                return;
            }
            _latest[sample.Node] = sample;
            _estimator.Add(sample);
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
            _notMeantToRun = cluster.Instances.Where(i => !i.IsMeantToRun).Select(i => i.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            _online = online;
            _onlineSet = online.ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var gone in _latest.Keys.Where(n => !_onlineSet.Contains(n)).ToList())
            {
                foreach (var device in _latest[gone].Devices)
                {
                    _estimator.Forget(DrbdDeviceKey.Of(gone, device));
                }
                _latest.Remove(gone);
            }
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
            List<DrbdDiskView> disks;
            List<DrbdNodeView> nodes;
            List<string> notes;
            var streams = _sampler?.Status;
            var mappings = _mappings.State;
            lock (_gate)
            {
                disks = DrbdJoin.Join(mappings.Rows, _latest.Values)
                    .Select(d => DrbdSnapshotBuilder.Disk(d, _estimator.Get, now, _notMeantToRun.Contains(d.Instance)))
                    .Select(v => v.Estimate is { } e ? v with { SpeedHistory = _recorder.Sparkline(e) } : v)
                    .ToList();
                nodes = _online.Order(StringComparer.Ordinal)
                    .Select(n => DrbdSnapshotBuilder.Node(n, streams?.GetValueOrDefault(n), _latest.GetValueOrDefault(n), mappings.MappedMinors.GetValueOrDefault(n), now))
                    .ToList();
                notes = [.. mappings.Notes];
            }
            var (views, events) = _watch.Observe(disks, now);
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

    private void OnStatus(DrbdNodeStatus status) => Wake();

    private void Wake() => _wake.Writer.TryWrite(true);
}
