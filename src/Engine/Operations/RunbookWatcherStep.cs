using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Operations;

/// <summary>
/// A runbook's first and last step when it keeps the watcher out of the way: pause it (unless it
/// already was) and, at the end, continue only the pause this runbook set. A refusal or an error is
/// the step's failure (Retry or Skip), never a silent loop.
/// </summary>
internal sealed class RunbookWatcherStep(RunbookContext ctx, RunbookJournal journal)
{
    public async Task RunAsync(RunbookStep step, CancellationToken ct)
    {
        var watcher = new MaintenanceWatcher(ctx.Client, ctx.Audit, ctx.Cluster, ctx.Operator);
        var node = NodeNames.Short(journal.Node);
        try
        {
            if (step.Kind == RunbookStepKind.PauseWatcher)
            {
                var hold = await watcher.HoldAsync(null, $"gnt-tui: maintenance of {node} ({ctx.Operator})", ct).ConfigureAwait(false);
                journal.Mutate(s => RunbookJournal.Replace(s, journal.Finished(step, RunbookStepState.Done, hold.Said)) with { Watcher = hold });
                return;
            }

            var said = journal.Current.Watcher is { } ours
                ? await watcher.ReleaseAsync(ours, $"gnt-tui: maintenance of {node} over ({ctx.Operator})", ct).ConfigureAwait(false)
                : "the watcher was not paused by this runbook";
            journal.Mutate(s => RunbookJournal.Replace(s, journal.Finished(step, RunbookStepState.Done, said)) with { Watcher = s.Watcher is { } w ? w with { Ours = false } : null });
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException)
        {
            journal.MutateStep(step.Id, _ => journal.Finished(step, RunbookStepState.Failed, $"{(step.Kind == RunbookStepKind.PauseWatcher ? "watcher pause" : "watcher continue")} not done: {e.Message}") with { FinishedAt = null });
        }
    }
}
