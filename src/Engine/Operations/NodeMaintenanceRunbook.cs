using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Operations;

/// <summary>
/// Takes a node out for maintenance and brings it back: drain, live-migrate its primaries, fail
/// over (after asking) what could not migrate, check it is empty, move its secondaries (after
/// asking), wait for resyncs, then "ready"; once the operator says it is back: undrain, wait for
/// resyncs, move the original primaries back. Every change is checkpointed, so a runbook loaded
/// from the store after a restart continues at its step and re-attaches to its running jobs.
/// Driven from outside: <see cref="AdvanceAsync"/> does what can be done now; the operator's answers
/// (<see cref="Confirm"/>, <see cref="Skip"/>, <see cref="Retry"/>, <see cref="Abort"/>) are inputs.
/// </summary>
public sealed class NodeMaintenanceRunbook
{
    private readonly RunbookContext _ctx;
    private readonly SemaphoreSlim _advancing = new(1, 1);
    private readonly RunbookJournal _journal;
    private readonly RunbookStepStarter _steps;
    private readonly RunbookActionRunner _actions;

    private NodeMaintenanceRunbook(RunbookContext ctx, RunbookState state)
    {
        _ctx = ctx;
        _journal = new RunbookJournal(ctx, state);
        _steps = new RunbookStepStarter(ctx, _journal);
        _actions = new RunbookActionRunner(ctx, _journal);
    }

    public long Id => Current.Id;

    public string Node => Current.Node;

    public RunbookState Current => _journal.Current;

    /// <summary>Raised on a worker thread after every change (already checkpointed, except log lines).</summary>
    public event Action<RunbookState>? Changed
    {
        add => _journal.Changed += value;
        remove => _journal.Changed -= value;
    }

    /// <summary>The plan for a node as it would start, with its pre-flight findings; nothing is stored or sent.</summary>
    public static RunbookState Plan(string node, ClusterSnapshot cluster, DrbdSnapshot? drbd = null, RunbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var n = cluster.FindNode(node) ?? throw new ArgumentException($"no node {node} in the last refresh", nameof(node));
        var findings = Preflight.Check(new NodeMigrate(node), cluster, drbd).Findings.ToList();
        if (n.Role == NodeRole.Master)
        {
            findings.Insert(0, PreflightFinding.Blocker(PreflightCodes.NodeIsMaster,
                $"{NodeNames.Short(node)} is the master: The master role can be changed only via master-failover (move it to a candidate first)"));
        }
        var steps = RunbookPlanner.Steps(n.Name, options?.PauseWatcher == true).Select(s => s.Kind switch
        {
            RunbookStepKind.Drain when !n.Drained => s with { Actions = [new RunbookAction(RunbookActionKind.Drain, n.Name)] },
            RunbookStepKind.MigratePrimaries => s with { Actions = RunbookPlanner.Migrations(n.Name, cluster.Instances) },
            _ => s,
        }).ToList();
        return new RunbookState(0, cluster.ClusterName, n.Name, cluster.TakenAt, steps)
        {
            Options = options ?? new RunbookOptions(),
            WasDrained = n.Drained,
            Findings = findings,
        };
    }

    /// <summary>
    /// Plans and stores a new runbook. Blockers in the plan (the master, file instances that must
    /// stay) are overridden only by typing the node's name; one open runbook per node.
    /// </summary>
    public static NodeMaintenanceRunbook Start(RunbookContext ctx, string node, ClusterSnapshot cluster, DrbdSnapshot? drbd = null, RunbookOptions? options = null, string? typedOverride = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var now = ctx.Time.GetUtcNow();
        var draft = Plan(node, cluster, drbd, options) with { Cluster = ctx.Cluster, CreatedAt = now, UpdatedAt = now };
        var report = new PreflightReport(new NodeMigrate(draft.Node), draft.Findings);
        if (!report.Allows(typedOverride))
        {
            throw new PreflightBlockedException(report);
        }
        if (ctx.Store.Open(ctx.Cluster).FirstOrDefault(r => RunbookPlanner.Same(r.Node, draft.Node)) is { } open)
        {
            throw new InvalidOperationException($"runbook {open.Id} for {draft.Node} is still open: resume it or abort it first");
        }
        return new NodeMaintenanceRunbook(ctx, ctx.Store.Create(draft));
    }

    /// <summary>A stored runbook, to continue where it stopped (its running jobs are re-attached on the next advance).</summary>
    public static NodeMaintenanceRunbook Resume(RunbookContext ctx, long id)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var state = ctx.Store.Load(id) ?? throw new ArgumentException($"no runbook {id} in {ctx.Cluster}'s state file", nameof(id));
        return new NodeMaintenanceRunbook(ctx, state);
    }

    /// <summary>Yes to the current step's question (for the "ready" step: the node is back).</summary>
    public void Confirm(string stepId) => Answer(stepId, s => s.CanConfirm, "nothing to confirm", s =>
        s.Kind is RunbookStepKind.CheckEmpty or RunbookStepKind.ReadyForMaintenance
            ? _journal.Finished(s, RunbookStepState.Done, s.Kind == RunbookStepKind.ReadyForMaintenance ? $"{NodeNames.Short(Node)} is back" : "confirmed by the operator")
            : s with { State = RunbookStepState.Running, Question = null });

    /// <summary>Leaves the current step (a question, a wait, a failure) and goes on with the next.</summary>
    public void Skip(string stepId) => Answer(stepId, s => s.CanSkip, "nothing to skip", s =>
        _journal.Finished(s, RunbookStepState.Skipped, "skipped by the operator" + (s.Message is null ? "" : " (" + s.Message + ")")));

    /// <summary>Runs a failed step again: jobs we lost track of are re-attached, failed ones sent again.</summary>
    public void Retry(string stepId) => Answer(stepId, s => s.CanRetry, "nothing to retry", s => s with
    {
        State = RunbookStepState.Running,
        Message = null,
        Actions = s.Actions.Select(a => a.IsFinished && a.State != RunbookActionState.Succeeded ? new RunbookAction(a.Kind, a.Target, a.TargetNode) : a).ToList(),
    });

    /// <summary>Stops here. Jobs already sent run on in Ganeti (and stay in the audit log).</summary>
    public void Abort()
    {
        _journal.Mutate(s => s with { Aborted = true });
        _journal.Signal();
    }

    /// <summary>Does what can be done now; returns at a question, a wait, a failure or the end.</summary>
    public async Task<RunbookState> AdvanceAsync(CancellationToken ct)
    {
        await _advancing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (Current is { Aborted: false, Current: { } step })
            {
                try
                {
                    switch (step.State)
                    {
                        case RunbookStepState.Pending:
                            await _steps.BeginAsync(step, ct).ConfigureAwait(false);
                            break;
                        case RunbookStepState.Running:
                            await _actions.RunActionsAsync(step.Id, ct).ConfigureAwait(false);
                            break;
                        case RunbookStepState.Waiting when !await _steps.CheckWaitAsync(step, ct).ConfigureAwait(false):
                            return Current;
                        case RunbookStepState.Waiting:
                            break;
                        default:
                            return Current;
                    }
                }
                catch (Exception e) when (e is RemoteShellException or GanetiException)
                {
                    // Only the fresh lists a step starts from get here: the step stays put and is tried again.
                    _journal.MutateStep(step.Id, s => s with { Message = "cannot ask the cluster now (" + e.Message + "); trying again" });
                    return Current;
                }
            }
            return Current;
        }
        finally
        {
            _advancing.Release();
        }
    }

    /// <summary>Advances until the end or an abort: waits for answers at questions, and polls while resyncs run.</summary>
    public async Task<RunbookState> RunAsync(CancellationToken ct)
    {
        while (true)
        {
            // Taken before advancing, so an answer given while it advances is not missed.
            var answered = _journal.NextAnswer();
            var s = await AdvanceAsync(ct).ConfigureAwait(false);
            if (s.Status is RunbookStatus.Finished or RunbookStatus.Aborted)
            {
                return s;
            }
            if (s.Status == RunbookStatus.NeedsAnswer)
            {
                await answered.WaitAsync(ct).ConfigureAwait(false);
                continue;
            }
            await Task.WhenAny(answered, Task.Delay(_ctx.PollInterval, _ctx.Time, ct)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
        }
    }

    private void Answer(string stepId, Func<RunbookStep, bool> allowed, string what, Func<RunbookStep, RunbookStep> change)
    {
        _journal.Mutate(s =>
        {
            var current = s.Current;
            if (s.Aborted || current is null || current.Id != stepId || !allowed(current))
            {
                var where = s.Aborted ? "the runbook is aborted" : current is null ? "the runbook is finished" : $"the current step is '{current.Id}' ({current.State})";
                throw new InvalidOperationException($"step '{stepId}': {what} ({where})");
            }
            return RunbookJournal.Replace(s, change(current));
        });
        _journal.Signal();
    }
}
