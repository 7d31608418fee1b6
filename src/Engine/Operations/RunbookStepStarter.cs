using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Operations;

/// <summary>Starting each step of a runbook: what it has to do, worked out from a fresh list of nodes and instances; and whether a wait is over.</summary>
internal sealed class RunbookStepStarter
{
    private readonly RunbookContext _ctx;
    private readonly RunbookJournal _journal;

    public RunbookStepStarter(RunbookContext ctx, RunbookJournal journal)
    {
        _ctx = ctx;
        _journal = journal;
    }

    public async Task BeginAsync(RunbookStep step, CancellationToken ct)
    {
        if (step.Kind is RunbookStepKind.PauseWatcher or RunbookStepKind.ContinueWatcher)
        {
            await new RunbookWatcherStep(_ctx, _journal).RunAsync(step with { StartedAt = _ctx.Time.GetUtcNow(), Message = null }, ct).ConfigureAwait(false);
            return;
        }

        var data = step.Kind == RunbookStepKind.ReadyForMaintenance ? null : await _ctx.Client.FetchAsync(ct).ConfigureAwait(false);
        var nodes = data?.Nodes ?? [];
        var instances = data?.Instances ?? [];
        var node = _journal.Node;
        var n = NodeNames.Short(node);
        var self = nodes.FirstOrDefault(x => RunbookPlanner.Same(x.Name, node));
        var started = step with { StartedAt = _ctx.Time.GetUtcNow(), Message = null };
        var next = step.Kind switch
        {
            RunbookStepKind.Drain => self is null ? Missing(started)
                : self.Drained ? _journal.Finished(started, RunbookStepState.Skipped, $"{n} is already drained")
                : Run(started, [new RunbookAction(RunbookActionKind.Drain, node)]),
            RunbookStepKind.MigratePrimaries => RunOr(started, RunbookPlanner.Migrations(node, instances), RunbookStepState.Done, $"no running instance on {n} to migrate"),
            RunbookStepKind.FailoverLeftovers => AskFailover(started, RunbookPlanner.Failovers(node, instances), instances),
            RunbookStepKind.CheckEmpty => AskLeftovers(started, RunbookPlanner.PrimariesOf(node, instances).ToList()),
            RunbookStepKind.EvacuateSecondaries => AskSecondaries(started, RunbookPlanner.NewSecondaries(node, instances)),
            RunbookStepKind.WaitForResync or RunbookStepKind.WaitForResyncAfter => started with { State = RunbookStepState.Waiting },
            RunbookStepKind.ReadyForMaintenance => started with
            {
                State = RunbookStepState.NeedsConfirmation,
                Message = $"{n} is drained and has no primaries left: ready for maintenance",
                Question = $"Confirm when {n} is back and healthy: it is then undrained and its instances moved back.",
            },
            RunbookStepKind.Undrain => _journal.Current.WasDrained ? _journal.Finished(started, RunbookStepState.Skipped, $"{n} was drained before this runbook began: left drained")
                : self is null ? Missing(started)
                : !self.Drained ? _journal.Finished(started, RunbookStepState.Skipped, $"{n} is not drained any more")
                : Run(started, [new RunbookAction(RunbookActionKind.Undrain, node)]),
            _ => MoveBack(started, instances),
        };
        _journal.MutateStep(step.Id, _ => next);
    }

    /// <summary>True when the wait is over (the step is then done).</summary>
    public async Task<bool> CheckWaitAsync(RunbookStep step, CancellationToken ct)
    {
        var data = await _ctx.Client.FetchAsync(ct).ConfigureAwait(false);
        var (done, message) = ResyncGate.Check(_journal.Node, _ctx.Drbd(), data.Instances);
        if (done)
        {
            _journal.MutateStep(step.Id, s => _journal.Finished(s, RunbookStepState.Done, message));
        }
        else if (message != step.Message)
        {
            _journal.MutateStep(step.Id, s => s with { Message = message });
        }
        return done;
    }

    private RunbookStep Missing(RunbookStep s) =>
        _journal.Finished(s, RunbookStepState.Failed, $"{_journal.Node} is not in the node list any more") with { FinishedAt = null };

    private static RunbookStep Run(RunbookStep s, IReadOnlyList<RunbookAction> actions) =>
        s with { State = RunbookStepState.Running, Actions = actions };

    private RunbookStep RunOr(RunbookStep s, IReadOnlyList<RunbookAction> actions, RunbookStepState otherwise, string why) =>
        actions.Count > 0 ? Run(s, actions) : _journal.Finished(s with { Actions = [] }, otherwise, why);

    private RunbookStep AskFailover(RunbookStep s, IReadOnlyList<RunbookAction> actions, IReadOnlyList<GanetiInstance> instances)
    {
        if (actions.Count == 0)
        {
            return _journal.Finished(s with { Actions = [] }, RunbookStepState.Skipped, "nothing left that can fail over");
        }
        var migrations = _journal.Current.Step("migrate").Actions;
        var why = actions.Select(a =>
        {
            var failed = migrations.FirstOrDefault(m => RunbookPlanner.Same(m.Target, a.Target) && m.State == RunbookActionState.Failed);
            var status = instances.FirstOrDefault(i => RunbookPlanner.Same(i.Name, a.Target))?.StatusText ?? "?";
            return $"{NodeNames.Short(a.Target)} ({(failed is null ? status : "live migration failed: " + RunbookJournal.LastLine(failed.Message))})";
        });
        return s with
        {
            State = RunbookStepState.NeedsConfirmation,
            Actions = actions,
            Message = "could not be live-migrated: " + string.Join(", ", why),
            Question = $"Fail over {Names(actions)}? A running instance is shut down and started again on another node (downtime).",
        };
    }

    private RunbookStep AskLeftovers(RunbookStep s, IReadOnlyList<GanetiInstance> left)
    {
        var n = NodeNames.Short(_journal.Node);
        if (left.Count == 0)
        {
            return _journal.Finished(s, RunbookStepState.Done, $"no primaries left on {n}");
        }
        var list = string.Join(", ", left.Select(i => $"{NodeNames.Short(i.Name)} ({i.DiskTemplate}, {i.StatusText})"));
        return s with
        {
            State = RunbookStepState.NeedsConfirmation,
            Message = $"still on {n}: {list}",
            Question = $"{list} will be unavailable while {n} is down (file and plain disks cannot move). Go on?",
        };
    }

    private RunbookStep AskSecondaries(RunbookStep s, IReadOnlyList<RunbookAction> actions)
    {
        var n = NodeNames.Short(_journal.Node);
        if (actions.Count == 0)
        {
            return _journal.Finished(s with { Actions = [] }, RunbookStepState.Skipped, $"{n} is secondary for no instance");
        }
        if (_journal.Current.Options.EvacuateSecondaries)
        {
            return Run(s, actions);
        }
        return s with
        {
            State = RunbookStepState.NeedsConfirmation,
            Actions = actions,
            Question = $"Give {Names(actions)} a new secondary (replace-disks -I hail: a full resync each)? Skip leaves them without redundancy while {n} is down.",
        };
    }

    private RunbookStep MoveBack(RunbookStep s, IReadOnlyList<GanetiInstance> instances)
    {
        var (actions, notes) = RunbookPlanner.MoveBack(_journal.Node, _journal.Current.Moved, instances);
        var noted = s with { Notes = notes.Count == 0 ? null : string.Join("; ", notes) };
        return actions.Count > 0
            ? Run(noted, actions)
            : _journal.Finished(noted with { Actions = [] }, RunbookStepState.Done, "nothing to move back");
    }

    private static string Names(IEnumerable<RunbookAction> actions) => string.Join(", ", actions.Select(a => NodeNames.Short(a.Target)));
}
