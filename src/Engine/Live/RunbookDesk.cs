using System.Collections.Concurrent;
using GntTui.Engine.Operations;

namespace GntTui.Engine.Live;

/// <summary>Node maintenance runbooks of one session: started, resumed from the state file at start, answered, and their changes published.</summary>
internal sealed class RunbookDesk
{
    private readonly OperationServices _services;
    private readonly Action<SessionEvent> _publish;
    private readonly AuditFeed _audit;
    private readonly WorkTracker _work;
    private readonly CancellationToken _stop;
    private readonly ConcurrentDictionary<long, NodeMaintenanceRunbook> _runbooks = new();

    public RunbookDesk(OperationServices services, Action<SessionEvent> publish, AuditFeed audit, WorkTracker work, CancellationToken stop)
    {
        _services = services;
        _publish = publish;
        _audit = audit;
        _work = work;
        _stop = stop;
    }

    /// <summary>Raised after a runbook's status changed (a roll waits for its group's runbooks to end).</summary>
    public event Action<RunbookState>? StatusChanged;

    /// <summary>Raised when a runbook paused or continued the watcher (the header reads it again).</summary>
    public event Action? WatcherTouched;

    public void Start(string node, string? typedOverride, RunbookOptions? options = null)
    {
        if (Context() is not { } ctx)
        {
            Say($"no runbook for {node}: operations are disabled (the state file is unavailable)", NoticeLevel.Error);
            return;
        }

        try
        {
            Run(NodeMaintenanceRunbook.Start(ctx, node, _services.Snapshot(), _services.Drbd(), options, typedOverride));
        }
        catch (Exception e) when (e is PreflightBlockedException or InvalidOperationException or ArgumentException)
        {
            Say($"no runbook for {node}: {e.Message}", NoticeLevel.Error);
        }
    }

    /// <summary>Unfinished runbooks of this cluster go on where they stopped; returns the jobs they will re-attach to themselves.</summary>
    public HashSet<long> ResumeAll()
    {
        var jobs = new HashSet<long>();
        if (Context() is not { } ctx)
        {
            return jobs;
        }

        foreach (var open in ctx.Store.Open(ctx.Cluster))
        {
            jobs.UnionWith(open.Steps.SelectMany(s => s.Actions).Where(a => !a.IsFinished && a.JobId is not null).Select(a => a.JobId!.Value));
            var runbook = NodeMaintenanceRunbook.Resume(ctx, open.Id);
            Say($"runbook {open.Id} for {open.Node} resumed at: {open.Current?.Title ?? "its end"}", NoticeLevel.Info);
            Run(runbook);
        }

        return jobs;
    }

    public void Answer(long runbookId, string stepId, RunbookReply reply)
    {
        if (!_runbooks.TryGetValue(runbookId, out var runbook))
        {
            Say($"runbook {runbookId} is not running here", NoticeLevel.Error);
            return;
        }

        try
        {
            switch (reply)
            {
                case RunbookReply.Confirm:
                    runbook.Confirm(stepId);
                    break;
                case RunbookReply.Skip:
                    runbook.Skip(stepId);
                    break;
                case RunbookReply.Retry:
                    runbook.Retry(stepId);
                    break;
                default:
                    runbook.Abort();
                    break;
            }
        }
        catch (InvalidOperationException e)
        {
            Say(e.Message, NoticeLevel.Warning);
        }
    }

    /// <summary>A runbook started elsewhere (by a roll): run, published and answered like the others.</summary>
    public void Adopt(NodeMaintenanceRunbook runbook) => Run(runbook);

    public RunbookContext? Context() =>
        _services is { Runner: { } runner, Audit: { } audit, Runbooks: { } store }
            ? new RunbookContext(runner, _services.Client, audit, store, _services.Cluster)
            {
                Drbd = _services.Drbd,
                Time = _services.Time,
                PollInterval = _services.RunbookPoll,
            }
            : null;

    private void Run(NodeMaintenanceRunbook runbook)
    {
        _runbooks[runbook.Id] = runbook;
        var announced = new HashSet<long>();
        var last = runbook.Current.Status;
        var lastWatcher = runbook.Current.Watcher;
        runbook.Changed += state =>
        {
            _publish(new SessionEvent.RunbookChanged(state));
            lock (announced)
            {
                foreach (var action in state.Steps.SelectMany(s => s.Actions).Where(a => a.JobId is { } id && announced.Add(id)))
                {
                    _publish(new SessionEvent.JobAccepted(action.ToOperation(""), action.JobId!.Value));
                    _audit.PublishSoon();
                }

                // Said (and rung) when it stops for the operator or ends, not on every line of its jobs.
                if (state.Status != last && state.Status is RunbookStatus.NeedsAnswer or RunbookStatus.Finished or RunbookStatus.Aborted)
                {
                    var note = JobNotification.ForRunbook(state);
                    var watcher = state.Status == RunbookStatus.Finished ? null : state.Watcher?.StillPaused;
                    Say($"{note.Title}: {note.Body}{(watcher is null ? "" : "; " + watcher)}", state.Status == RunbookStatus.Finished ? NoticeLevel.Info : NoticeLevel.Warning);
                    _publish(new SessionEvent.Attention(note));
                }

                var changed = state.Status != last;
                last = state.Status;
                if (state.Watcher != lastWatcher)
                {
                    lastWatcher = state.Watcher;
                    WatcherTouched?.Invoke();
                }

                if (changed)
                {
                    StatusChanged?.Invoke(state);
                }
            }
        };
        _publish(new SessionEvent.RunbookChanged(runbook.Current));
        _work.Track(RunAsync(runbook));
    }

    private async Task RunAsync(NodeMaintenanceRunbook runbook)
    {
        try
        {
            await runbook.RunAsync(_stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Quitting: the runbook is checkpointed and resumes at the next start.
        }
        finally
        {
            _publish(new SessionEvent.RunbookChanged(runbook.Current));
        }
    }

    private void Say(string text, NoticeLevel level) => _publish(new SessionEvent.Notice(text, level));
}
