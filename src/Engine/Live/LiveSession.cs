using GntTui.Engine.Drbd;
using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Store;

namespace GntTui.Engine.Live;

/// <summary>
/// One console run against one target, composed once: the state file, the refresh loop, DRBD
/// sampling and the operation center, all publishing through <see cref="Published"/>. A state file
/// that cannot be opened (full disk, read-only home) costs the cache and the audit trail, not the
/// session: it is said when the session starts. Disposing stops every loop, waits for everything
/// it started, and closes the target.
/// </summary>
public sealed class LiveSession : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly StateStore? _store;
    private readonly DrbdSampler _sampler;
    private readonly List<string> _startupProblems;
    private Task _refreshing = Task.CompletedTask;
    private Task _sampling = Task.CompletedTask;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, IReadOnlyList<string>> _busyNodes = new();

    private LiveSession(Target target, StateStore? store, List<string> problems)
    {
        Target = target;
        _store = store;
        _startupProblems = problems;
        Monitor = new ClusterMonitor(target.Client, target.Name, store is null ? null : new SnapshotCache(store), target.IsDemo)
        {
            Interval = TimeSpan.FromSeconds(Math.Max(1, target.Config.RefreshSeconds)),
        };
        _sampler = new DrbdSampler(target.NodeShells.Get, DrbdSamplerOptions.Rotating, oneShots: target.NodeShells.GetOneShot);
        Drbd = new DrbdMonitor(target.Name, target.Client, _sampler, store is null ? null : new DrbdHistory(store), ConsoleDrbdOptions);
        OperationRunner? runner = null;
        AuditLog? audit = null;
        if (store is not null)
        {
            audit = new AuditLog(store);
            runner = new OperationRunner(target.Client, audit, target.Name);
        }
        Audit = audit;
        CanOperate = runner is not null && !target.Client.IsReadOnly;
        Operations = new OperationCenter(new OperationServices(target.Client, target.Name, runner, audit, store is null ? null : new RunbookStore(store),
            () => Monitor.Current, Monitor.RefreshAsync, () => Drbd.Current) { Rolls = store is null ? null : new RollStore(store) }, _stop.Token);

        Monitor.SnapshotPublished += s => Publish(new SessionEvent.ClusterChanged(s));
        Monitor.SnapshotPublished += Drbd.OnClusterSnapshot;
        Drbd.SnapshotPublished += s => Publish(new SessionEvent.DrbdChanged(s));
        Drbd.EventRaised += OnDrbdEvent;
        Operations.Published += Publish;
        Operations.Published += WatchOperationNodes;
        Monitor.SnapshotPublished += _ => _sampler.MarkBusy(_busyNodes.Values.SelectMany(n => n).ToList());
    }

    /// <summary>
    /// One DRBD snapshot a second at most: busy nodes are sampled at 1 Hz, so a faster pace shows
    /// nothing new, and at 1,000 nodes each snapshot joins every minor (the quiet rotation's 40
    /// samples a second would otherwise mean four full joins a second).
    /// </summary>
    public static DrbdMonitorOptions ConsoleDrbdOptions { get; } = new() { PublishInterval = TimeSpan.FromSeconds(1) };

    public Target Target { get; }

    public ClusterMonitor Monitor { get; }

    public DrbdMonitor Drbd { get; }

    public OperationCenter Operations { get; }

    /// <summary>The state file's audit trail; null when it could not be opened.</summary>
    public AuditLog? Audit { get; }

    /// <summary>False when read-only, or when nothing could be audited (no state file): the console then offers no mutation.</summary>
    public bool CanOperate { get; }

    /// <summary>Everything the session has to say, on worker threads. Subscribe before <see cref="Start"/>.</summary>
    public event Action<SessionEvent>? Published;

    public static LiveSession Open(Target target, string? statePath)
    {
        ArgumentNullException.ThrowIfNull(target);
        var problems = new List<string>();
        StateStore? store = null;
        try
        {
            store = new StateStore(statePath ?? StateStore.DefaultPath());
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            problems.Add($"state file unavailable ({e.Message}): no cache, no audit log, operations disabled");
        }
        return new LiveSession(target, store, problems);
    }

    /// <summary>Says what went wrong at opening, then starts the refresh loop, DRBD sampling and the operation center.</summary>
    public void Start()
    {
        foreach (var problem in _startupProblems)
        {
            Publish(new SessionEvent.Notice(problem, NoticeLevel.Error));
        }
        Operations.Start();
        Operations.PollPlanners(TimeSpan.FromSeconds(30));
        _refreshing = Task.Run(() => Monitor.RunAsync(_stop.Token), CancellationToken.None);
        _sampling = Task.Run(() => Drbd.RunAsync(_stop.Token), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await IgnoreCancellation(_refreshing).ConfigureAwait(false);
        await IgnoreCancellation(_sampling).ConfigureAwait(false);
        await Operations.WhenIdle().ConfigureAwait(false);
        await _sampler.DisposeAsync().ConfigureAwait(false);
        Drbd.Dispose();
        await Target.DisposeAsync().ConfigureAwait(false);
        _store?.Dispose();
        _stop.Dispose();
    }

    /// <summary>A resync finishing, stalling, or a split brain: said, and worth the operator's attention.</summary>
    private void OnDrbdEvent(DrbdMonitorEvent e)
    {
        var level = e.Kind == DrbdMonitorEventKind.ResyncFinished ? NoticeLevel.Info : NoticeLevel.Error;
        Publish(new SessionEvent.Notice(e.Message, level));
        Publish(new SessionEvent.Attention(new JobNotification("gnt-tui: " + Target.Name, e.Message, level)));
    }

    private void Publish(SessionEvent e) => Published?.Invoke(e);

    /// <summary>
    /// The nodes an operation of ours acts on (an instance's primary and secondaries, or the node) are
    /// sampled every second while its job runs: a failover's resync must not wait for the quiet rotation.
    /// </summary>
    private void WatchOperationNodes(SessionEvent e)
    {
        switch (e)
        {
            case SessionEvent.JobAccepted accepted:
                var name = accepted.Operation.TargetName;
                IReadOnlyList<string> nodes = Monitor.Current.FindInstance(name) is { } instance
                    ? [instance.PrimaryNode, .. instance.SecondaryNodes]
                    : [name];
                _busyNodes[accepted.JobId] = nodes;
                _sampler.MarkBusy(nodes);
                break;
            case SessionEvent.JobEnded ended:
                _busyNodes.TryRemove(ended.JobId, out _);
                break;
            case SessionEvent.JobLost lost:
                _busyNodes.TryRemove(lost.JobId, out _);
                break;
        }
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
