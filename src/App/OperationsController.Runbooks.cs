using System.Collections.Concurrent;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.App;

/// <summary>Node maintenance runbooks: started from the console, resumed from the state file at start, answered from the runbook pane.</summary>
internal sealed partial class OperationsController
{
    private readonly ConcurrentDictionary<long, NodeMaintenanceRunbook> _runbooks = new();

    private RunbookContext? Context() =>
        _services is { Runner: { } runner, Audit: { } audit, Runbooks: { } store }
            ? new RunbookContext(runner, _services.Client, audit, store, _services.Cluster)
            {
                Drbd = _services.Drbd,
                Time = _services.Time,
                PollInterval = _services.RunbookPoll,
            }
            : null;

    private void StartRunbook(string node, string? typed)
    {
        if (Context() is not { } ctx)
        {
            _post(new Notice($"no runbook for {node}: operations are disabled (the state file is unavailable)", ToastLevel.Error));
            return;
        }

        try
        {
            Run(NodeMaintenanceRunbook.Start(ctx, node, _services.Snapshot(), _services.Drbd(), typedOverride: typed));
        }
        catch (Exception e) when (e is PreflightBlockedException or InvalidOperationException or ArgumentException)
        {
            _post(new Notice($"no runbook for {node}: {e.Message}", ToastLevel.Error));
        }
    }

    /// <summary>Unfinished runbooks of this cluster go on where they stopped; returns the jobs they will re-attach to themselves.</summary>
    private HashSet<long> ResumeRunbooks()
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
            _post(new Notice($"runbook {open.Id} for {open.Node} resumed at: {open.Current?.Title ?? "its end"}", ToastLevel.Info));
            Run(runbook);
        }

        return jobs;
    }

    private void Run(NodeMaintenanceRunbook runbook)
    {
        _runbooks[runbook.Id] = runbook;
        var announced = new HashSet<long>();
        var last = runbook.Current.Status;
        runbook.Changed += state =>
        {
            _post(state);
            lock (announced)
            {
                foreach (var action in state.Steps.SelectMany(s => s.Actions).Where(a => a.JobId is { } id && announced.Add(id)))
                {
                    _post(new JobSubmitted(action.ToOperation(""), action.JobId!.Value));
                    PostAuditSoon();
                }

                // Said (and rung) when it stops for the operator or ends, not on every line of its jobs.
                if (state.Status != last && state.Status is RunbookStatus.NeedsAnswer or RunbookStatus.Finished or RunbookStatus.Aborted)
                {
                    var note = JobNotification.ForRunbook(state);
                    _post(new Notice($"{note.Title}: {note.Body}", state.Status == RunbookStatus.Finished ? ToastLevel.Info : ToastLevel.Warning));
                    _services.Notify?.Invoke(note);
                }

                last = state.Status;
            }
        };
        _post(runbook.Current);
        Track(RunRunbookAsync(runbook));
    }

    private async Task RunRunbookAsync(NodeMaintenanceRunbook runbook)
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
            _post(runbook.Current);
        }
    }

    private void Answer(ConsoleIntent.AnswerRunbook a)
    {
        if (!_runbooks.TryGetValue(a.RunbookId, out var runbook))
        {
            _post(new Notice($"runbook {a.RunbookId} is not running here", ToastLevel.Error));
            return;
        }

        try
        {
            switch (a.Answer)
            {
                case RunbookAnswer.Confirm:
                    runbook.Confirm(a.StepId);
                    break;
                case RunbookAnswer.Skip:
                    runbook.Skip(a.StepId);
                    break;
                case RunbookAnswer.Retry:
                    runbook.Retry(a.StepId);
                    break;
                default:
                    runbook.Abort();
                    break;
            }
        }
        catch (InvalidOperationException e)
        {
            _post(new Notice(e.Message, ToastLevel.Warning));
        }
    }
}
