using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Drbd;

/// <summary>
/// Samples /proc/drbd on every online node through ONE long-lived remote process per node
/// (<see cref="DrbdQueries.SampleStream"/>), not an SSH exec per sample: the exec is what costs
/// (~0.5 s over a fresh connection), the loop on the node costs nothing. A stream that ends or
/// fails is restarted after a backoff that doubles up to a limit and resets once samples flow.
/// Samples are raised on the stream's own thread, one node at a time per node. With
/// <see cref="DrbdSamplerOptions.Rotation"/> only busy nodes get a stream (a bounded number of them);
/// the rest are read by short one-shot captures at a slower pace with a bound on how many run at once
/// (<see cref="DrbdSamplingPlan"/>), so the remote processes stay bounded at any cluster size.
/// </summary>
public sealed class DrbdSampler : IAsyncDisposable
{
    private readonly Func<string, IRemoteShell> _shells;
    private readonly Func<string, IRemoteShell> _oneShots;
    private readonly DrbdSamplingPlan? _plan;
    private readonly DrbdOneShots? _oneShotRunner;
    private readonly SemaphoreSlim? _streamSlots;
    private Task _rotating = Task.CompletedTask;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, DrbdNodeStream> _streams = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> _starts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DrbdNodeStatus> _status = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();
    private readonly DrbdRepeatParser _parser = new();
    private readonly CancellationTokenSource _disposed = new();

    /// <param name="shells">The shell for a node name. Called once each time a node joins the sampled set;
    /// the sampler never disposes what it returns (see <see cref="DrbdNodeShells"/>).</param>
    /// <param name="oneShots">The shell for a node's one-shot captures under rotation (one that keeps no
    /// connection open after the command); null: <paramref name="shells"/>.</param>
    public DrbdSampler(Func<string, IRemoteShell> shells, DrbdSamplerOptions? options = null, TimeProvider? time = null, Func<string, IRemoteShell>? oneShots = null)
    {
        _shells = shells;
        _oneShots = oneShots ?? shells;
        Options = options ?? DrbdSamplerOptions.Default;
        _time = time ?? TimeProvider.System;
        if (Options.Rotation is { } rotation)
        {
            _plan = new DrbdSamplingPlan(rotation, Options.Interval);
            _oneShotRunner = new DrbdOneShots(rotation, _plan, _gate, _time, _oneShots, new DrbdOneShots.Host(
                node => _starts.AddOrUpdate(node, 1, (_, n) => n + 1), CurrentOneShot, PublishOneShot, s => SampleReceived?.Invoke(s), ApplyStreams, _parser.Parse));
            _streamSlots = new SemaphoreSlim(rotation.MaxStreams, rotation.MaxStreams);
        }
    }

    public DrbdSamplerOptions Options { get; }

    /// <summary>A complete capture from a node, stamped with the time it arrived.</summary>
    public event Action<DrbdSample>? SampleReceived;

    /// <summary>A node's stream changed state (or was stopped: then the status is gone from <see cref="Status"/>).</summary>
    public event Action<DrbdNodeStatus>? StatusChanged;

    /// <summary>The nodes sampled now, by name.</summary>
    public IReadOnlyCollection<string> Nodes
    {
        get
        {
            lock (_gate)
            {
                return (_plan?.Nodes ?? _streams.Keys).Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>The nodes that have a long-lived stream now (all of <see cref="Nodes"/> without rotation).</summary>
    public IReadOnlyCollection<string> StreamedNodes
    {
        get
        {
            lock (_gate)
            {
                return _streams.Keys.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    /// <summary>Each sampled node's stream state.</summary>
    public IReadOnlyDictionary<string, DrbdNodeStatus> Status => new Dictionary<string, DrbdNodeStatus>(_status, StringComparer.OrdinalIgnoreCase);

    /// <summary>Remote processes started for a node since the sampler was made (kept when the node leaves and returns).</summary>
    public int StreamStarts(string node) => _starts.GetValueOrDefault(node);

    public int TotalStreamStarts => _starts.Values.Sum();

    /// <summary>The nodes a cluster snapshot says are up: offline nodes are not sampled (they would only time out).</summary>
    public static IReadOnlyList<string> OnlineNodes(ClusterSnapshot snapshot) =>
        snapshot.Nodes.Where(n => !n.Offline && n.Role != NodeRole.Offline).Select(n => n.Name).ToList();

    public void Update(ClusterSnapshot snapshot) => SetNodes(OnlineNodes(snapshot));

    /// <summary>
    /// Starts sampling new nodes and stops sampling those not listed; running streams are left alone.
    /// Without rotation every node gets a stream; with it, the plan decides.
    /// </summary>
    public void SetNodes(IEnumerable<string> nodes)
    {
        if (_plan is null)
        {
            SetStreams(nodes, keepStatus: false);
            return;
        }
        var wanted = nodes.ToList();
        var gone = new List<DrbdNodeStatus>();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed.IsCancellationRequested, this);
            _plan.SetNodes(wanted);
            foreach (var node in _status.Keys.Where(n => !_plan.IsWanted(n)).ToList())
            {
                _parser.Forget(node);
                if (_status.TryRemove(node, out var last))
                {
                    gone.Add(last);
                }
            }
            if (_rotating.IsCompleted)
            {
                _rotating = Task.Run(() => _oneShotRunner!.RotateAsync(n => _streams.ContainsKey(n), () => _streams.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), _disposed.Token));
            }
        }
        foreach (var last in gone)
        {
            StatusChanged?.Invoke(last);
        }
        ApplyStreams();
    }

    /// <summary>An operation is about to touch these nodes: sample them every interval for a while (rotation only).</summary>
    public void MarkBusy(IEnumerable<string> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (_plan is null)
        {
            return;
        }
        bool changed;
        lock (_gate)
        {
            changed = _plan.MarkBusy(nodes, _time.GetUtcNow());
        }
        if (changed)
        {
            ApplyStreams();
        }
    }

    private void SetStreams(IEnumerable<string> nodes, bool keepStatus)
    {
        var wanted = nodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stopped = new List<DrbdNodeStream>();
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                ObjectDisposedException.ThrowIf(!keepStatus, this);
                return;
            }
            foreach (var gone in _streams.Keys.Where(n => !wanted.Contains(n)).ToList())
            {
                stopped.Add(_streams[gone]);
                _streams.Remove(gone);
            }
            foreach (var node in wanted.Where(n => !_streams.ContainsKey(n)))
            {
                var stream = new DrbdNodeStream(node, Options.InitialBackoff, CancellationTokenSource.CreateLinkedTokenSource(_disposed.Token));
                _streams[node] = stream;
                stream.Task = Task.Run(() => RunAsync(stream));
            }
        }
        foreach (var s in stopped)
        {
            s.Cancel();
            if (!keepStatus && _status.TryRemove(s.Node, out var last))
            {
                StatusChanged?.Invoke(last);
            }
        }
    }

    /// <summary>Stops every stream and waits for them to end.</summary>
    public async ValueTask DisposeAsync()
    {
        List<DrbdNodeStream> all;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }
            _disposed.Cancel();
            all = [.. _streams.Values];
            _streams.Clear();
        }
        await Task.WhenAll(all.Select(s => s.Task)).ConfigureAwait(false);
        await _rotating.ConfigureAwait(false);
        if (_oneShotRunner is not null)
        {
            await _oneShotRunner.DisposeAsync().ConfigureAwait(false);
        }
        _streamSlots?.Dispose();
        _disposed.Dispose();
    }

    private async Task RunAsync(DrbdNodeStream stream)
    {
        var ct = stream.Stop.Token;
        IRemoteShell? shell = null;
        var slot = false;
        try
        {
            if (_streamSlots is not null)
            {
                // A stopped stream's process may still be ending: the bound counts it until it has.
                await _streamSlots.WaitAsync(ct).ConfigureAwait(false);
                slot = true;
            }
            while (!ct.IsCancellationRequested)
            {
                string error;
                try
                {
                    shell ??= _shells(stream.Node);
                    error = await StreamOnceAsync(shell, stream, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    // RemoteShellException above all, but a monitoring loop outlives any surprise.
                    error = e is RemoteShellException ? e.Message : $"{e.GetType().Name}: {e.Message}";
                }
                var wait = stream.Backoff;
                stream.Backoff = TimeSpan.FromTicks(Math.Min(Options.MaxBackoff.Ticks, wait.Ticks * 2));
                Publish(stream, Current(stream) with { State = DrbdStreamState.Retrying, LastError = OneLine(error), RetryAt = _time.GetUtcNow() + wait });
                await (Options.Delay ?? DelayAsync)(wait, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped while waiting out the backoff.
        }
        finally
        {
            if (slot)
            {
                _streamSlots!.Release();
            }
            stream.Stop.Dispose();
        }
    }

    /// <summary>One remote process: returns why it ended; throws on transport failure or a silent stream.</summary>
    private async Task<string> StreamOnceAsync(IRemoteShell shell, DrbdNodeStream stream, CancellationToken ct)
    {
        _starts.AddOrUpdate(stream.Node, 1, (_, n) => n + 1);
        Publish(stream, Current(stream) with { State = DrbdStreamState.Connecting, StreamStarts = StreamStarts(stream.Node), RetryAt = null });
        using var silence = new CancellationTokenSource(Options.SilenceTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, silence.Token);
        var collector = new DrbdSampleCollector(Options.MaxLinesPerSample);
        try
        {
            var result = await shell.StreamAsync(DrbdQueries.SampleStream(Options.Interval), line =>
            {
                silence.CancelAfter(Options.SilenceTimeout);
                if (collector.Add(line) is { } text)
                {
                    var sample = _parser.Parse(text, stream.Node, _time.GetUtcNow());
                    // Blank is a node without the DRBD module (no /proc/drbd): a real answer. Text
                    // without a version line or a minor is not, and would read as every minor gone.
                    if (DrbdReplay.LooksLikeDrbd(sample) || string.IsNullOrWhiteSpace(text))
                    {
                        OnSample(stream, sample, collector.TakeNotes());
                    }
                    else
                    {
                        var why = collector.TakeNotes().Concat(sample.Notes).FirstOrDefault() ?? "";
                        Publish(stream, Current(stream) with { LastError = "a capture was not /proc/drbd, ignored: " + why });
                    }
                }
                return ValueTask.CompletedTask;
            }, linked.Token).ConfigureAwait(false);
            var stderr = result.Stderr.Trim();
            return $"stream ended (exit {result.ExitCode})" + (stderr.Length == 0 ? "" : ": " + DrbdStateNames.Clip(stderr.Split('\n')[^1]));
        }
        catch (OperationCanceledException) when (silence.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return $"no sample for {Options.SilenceTimeout.TotalSeconds:0.#} s; restarting the stream";
        }
    }

    private void OnSample(DrbdNodeStream stream, DrbdSample sample, IReadOnlyList<string> notes)
    {
        if (notes.Count > 0)
        {
            sample = sample with { Notes = [.. notes, .. sample.Notes] };
        }
        // Samples flow again: the next failure starts its backoff afresh.
        stream.Backoff = Options.InitialBackoff;
        if (_plan is not null)
        {
            lock (_gate)
            {
                _plan.Sampled(sample);
            }
        }
        var before = Current(stream);
        Publish(stream, before with { State = DrbdStreamState.Live, Samples = before.Samples + 1, LastSampleAt = sample.Time, LastError = null, RetryAt = null },
            raise: before.State != DrbdStreamState.Live);
        if (!stream.Stop.IsCancellationRequested)
        {
            SampleReceived?.Invoke(sample);
        }
    }

    private void ApplyStreams()
    {
        IReadOnlyList<string> busy;
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }
            busy = _plan!.Streamed(_time.GetUtcNow());
            if (busy.Count == _streams.Count && busy.All(_streams.ContainsKey))
            {
                return;
            }
        }
        SetStreams(busy, keepStatus: true);
    }

    private DrbdNodeStatus CurrentOneShot(string node) =>
        (_status.TryGetValue(node, out var s) ? s : new DrbdNodeStatus(node, DrbdStreamState.Connecting, 0, 0)) with { StreamStarts = StreamStarts(node) };

    /// <summary>A one-shot's news, kept only while the node is sampled and has no stream of its own.</summary>
    private void PublishOneShot(DrbdNodeStatus status, bool raise)
    {
        lock (_gate)
        {
            if (!_plan!.IsWanted(status.Node) || _streams.ContainsKey(status.Node))
            {
                return;
            }
            _status[status.Node] = status;
        }
        if (raise)
        {
            StatusChanged?.Invoke(status);
        }
    }

    private DrbdNodeStatus Current(DrbdNodeStream stream) =>
        _status.TryGetValue(stream.Node, out var s) ? s : new DrbdNodeStatus(stream.Node, DrbdStreamState.Connecting, StreamStarts(stream.Node), 0);

    /// <summary>Records a status; raises the event only on a change worth telling (not on every sample).</summary>
    private void Publish(DrbdNodeStream stream, DrbdNodeStatus status, bool raise = true)
    {
        lock (_gate)
        {
            // A stopped stream's late news must not bring its status back (nor overwrite a restarted one's).
            if (!_streams.TryGetValue(status.Node, out var current) || !ReferenceEquals(current, stream))
            {
                return;
            }
            _status[status.Node] = status;
        }
        if (raise)
        {
            StatusChanged?.Invoke(status);
        }
    }

    private Task DelayAsync(TimeSpan wait, CancellationToken ct) => Task.Delay(wait, _time, ct);

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
