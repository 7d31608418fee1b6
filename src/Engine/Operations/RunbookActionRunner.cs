using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations;

/// <summary>A runbook step's jobs: sent, followed, concluded, and what a crash left half-sent sorted out.</summary>
internal sealed class RunbookActionRunner
{
    private readonly RunbookContext _ctx;
    private readonly RunbookJournal _journal;

    public RunbookActionRunner(RunbookContext ctx, RunbookJournal journal)
    {
        _ctx = ctx;
        _journal = journal;
    }

    private long Id => _journal.Current.Id;

    public async Task RunActionsAsync(string stepId, CancellationToken ct)
    {
        RecoverSending(stepId);
        for (var i = 0; i < _journal.Current.Step(stepId).Actions.Count; i++)
        {
            if (_journal.Current.Step(stepId).Actions[i].State == RunbookActionState.Planned && !await SubmitAsync(stepId, i, ct).ConfigureAwait(false))
            {
                break;
            }
        }
        using (var limiter = new SemaphoreSlim(JobGroup.MaxConcurrentFollows))
        {
            var running = _journal.Current.Step(stepId).Actions.Select((a, i) => (a, i)).Where(x => x.a is { State: RunbookActionState.Running, AuditId: not null, JobId: not null });
            await Task.WhenAll(running.Select(x => FollowAsync(stepId, x.i, x.a, limiter, ct))).ConfigureAwait(false);
        }
        Conclude(stepId);
    }

    /// <summary>False when nothing more should be sent (read-only, or the master's answer was lost).</summary>
    private async Task<bool> SubmitAsync(string stepId, int index, CancellationToken ct)
    {
        var action = _journal.Current.Step(stepId).Actions[index];
        var op = action.ToOperation($"gnt-tui: maintenance of {NodeNames.Short(_journal.Node)} (runbook {Id}): {action.Describe()} ({_ctx.Operator})");
        var newest = _ctx.Audit.Recent(1);
        var floor = newest.Count > 0 ? newest[0].Id : 0;
        _journal.MutateAction(stepId, index, a => a with { State = RunbookActionState.Sending, Command = OperationRunner.CommandLine(op), SentAfterAuditId = floor, Message = null });
        try
        {
            var s = await _ctx.Runner.SubmitAsync(op, ct).ConfigureAwait(false);
            _journal.MutateAction(stepId, index, a => a with { State = RunbookActionState.Running, AuditId = s.AuditId, JobId = s.JobId });
            return true;
        }
        catch (GanetiException e)
        {
            var refused = e.Kind == GanetiErrorKind.ReadOnly;
            _journal.MutateAction(stepId, index, a => a with { State = refused ? RunbookActionState.Refused : RunbookActionState.SubmitFailed, Message = e.Message });
            return !refused;
        }
        catch (RemoteShellException e)
        {
            _journal.MutateAction(stepId, index, a => a with { State = RunbookActionState.Unknown, Message = "not confirmed by the master: " + e.Message + "; check the job list" });
            return false;
        }
        catch (OperationCanceledException)
        {
            _journal.MutateAction(stepId, index, a => a with { State = RunbookActionState.Unknown, Message = "stopped while sending; check the job list" });
            throw;
        }
    }

    private async Task FollowAsync(string stepId, int index, RunbookAction action, SemaphoreSlim limiter, CancellationToken ct)
    {
        await limiter.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var outcome = await _ctx.Runner.FollowAsync(action.AuditId!.Value, action.JobId!.Value, e =>
            {
                // Log lines are shown, not checkpointed: the job's log stays in Ganeti.
                _journal.MutateAction(stepId, index, a => a with { LastLine = e.Message }, save: false);
                return ValueTask.CompletedTask;
            }, ct).ConfigureAwait(false);
            var state = JobGroup.StateOf(outcome.Status) switch
            {
                JobRowState.Succeeded => RunbookActionState.Succeeded,
                JobRowState.Canceled => RunbookActionState.Canceled,
                _ => RunbookActionState.Failed,
            };
            _journal.Mutate(s =>
            {
                var step = s.Step(stepId);
                var done = step.Actions[index] with { State = state, Message = outcome.FailureText };
                var moved = state == RunbookActionState.Succeeded && step.Kind is RunbookStepKind.MigratePrimaries or RunbookStepKind.FailoverLeftovers
                    ? [.. s.Moved, new MovedInstance(done.Target, done.Kind)]
                    : s.Moved;
                return RunbookJournal.Replace(s, step with { Actions = RunbookJournal.With(step.Actions, index, done) }) with { Moved = moved };
            });
        }
        catch (Exception e) when (e is RemoteShellException or GanetiException)
        {
            _journal.MutateAction(stepId, index, a => a with { Message = $"lost track of job {a.JobId}: {e.Message}" });
        }
        finally
        {
            limiter.Release();
        }
    }

    /// <summary>
    /// An action checkpointed as "sending" means we stopped between writing the checkpoint and
    /// hearing Ganeti's answer. The audit row (written before anything is sent) tells the rest.
    /// </summary>
    private void RecoverSending(string stepId)
    {
        var actions = _journal.Current.Step(stepId).Actions;
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is not { State: RunbookActionState.Sending } a)
            {
                continue;
            }
            var row = _ctx.Audit.Recent(200, _ctx.Cluster).FirstOrDefault(e => e.Id > (a.SentAfterAuditId ?? 0) && ReasonMarker.Untagged(e.Command) == a.Command);
            _journal.MutateAction(stepId, i, x => row switch
            {
                { JobId: { } job } => x with { State = RunbookActionState.Running, AuditId = row.Id, JobId = job },
                { Status: AuditStatus.Refused } => x with { State = RunbookActionState.Refused, Message = row.Message },
                { Status: AuditStatus.SubmitFailed } when row.Message?.StartsWith("not confirmed", StringComparison.Ordinal) == false =>
                    x with { State = RunbookActionState.SubmitFailed, Message = row.Message },
                _ => x with { State = RunbookActionState.Unknown, Message = "gnt-tui stopped while sending this; check the job list, then Retry (sends it again) or Skip" },
            });
        }
    }

    private void Conclude(string stepId)
    {
        var step = _journal.Current.Step(stepId);
        var acts = step.Actions;
        var lost = acts.Where(a => a.State is RunbookActionState.Running or RunbookActionState.Sending).ToList();
        var unsent = acts.FirstOrDefault(a => a.State is RunbookActionState.Refused or RunbookActionState.SubmitFailed or RunbookActionState.Unknown);
        var failed = acts.Where(a => a.State is RunbookActionState.Failed or RunbookActionState.Canceled).ToList();
        if (lost.Count > 0)
        {
            _journal.MutateStep(stepId, s => s with { State = RunbookStepState.Failed, Message = $"lost track of {Describe(lost)}; Retry re-attaches" });
        }
        else if (unsent is not null)
        {
            _journal.MutateStep(stepId, s => s with { State = RunbookStepState.Failed, Message = $"{unsent.Describe()}: {unsent.Message}" });
        }
        else if (step.Kind == RunbookStepKind.MigratePrimaries)
        {
            // What did not migrate is offered for failover by the next step.
            _journal.MutateStep(stepId, s => _journal.Finished(s, RunbookStepState.Done, failed.Count == 0
                ? "all migrated"
                : $"did not migrate, offered for failover next: {string.Join("; ", failed.Select(a => $"{NodeNames.Short(a.Target)} (job {a.JobId}): {RunbookJournal.LastLine(a.Message)}"))}"));
        }
        else if (failed.Count > 0)
        {
            _journal.MutateStep(stepId, s => s with { State = RunbookStepState.Failed, Message = string.Join("; ", failed.Select(a => $"{a.Describe()} (job {a.JobId}): {RunbookJournal.LastLine(a.Message)}")) });
        }
        else
        {
            _journal.MutateStep(stepId, s => _journal.Finished(s, RunbookStepState.Done, acts.Count == 1 ? "done" : $"all {acts.Count} done"));
        }
    }

    private static string Describe(IReadOnlyList<RunbookAction> actions) => string.Join(", ", actions.Select(a => a.JobId is { } j ? $"{a.Describe()} (job {j})" : a.Describe()));
}
