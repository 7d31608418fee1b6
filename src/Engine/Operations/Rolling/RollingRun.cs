using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations.Rolling;

/// <summary>
/// hroller's plan as one persisted run: group after group, each node of a group through its own node
/// maintenance runbook, the next group started by itself once every runbook of the one before ended
/// well. A blocker, an aborted runbook, a failed watcher command or the operator's pause holds the
/// roll where it is; a roll loaded after a restart is held too, and <see cref="Continue"/> goes on
/// from that group. The watcher is paused for the roll (and again at every group, so the pause
/// outlasts each group but not the roll) and continued at the end, only when the pause is ours.
/// Driven from outside: <see cref="AdvanceAsync"/> does what can be done now and returns the
/// runbooks it started, for the caller to run.
/// </summary>
public sealed class RollingRun
{
    private readonly RunbookContext _ctx;
    private readonly RollStore _store;
    private readonly Func<CancellationToken, Task<ClusterSnapshot>> _snapshot;
    private readonly SemaphoreSlim _advancing = new(1, 1);
    private readonly Lock _gate = new();
    private RollState _state;

    private RollingRun(RunbookContext ctx, RollStore store, Func<CancellationToken, Task<ClusterSnapshot>> snapshot, RollState state)
    {
        _ctx = ctx;
        _store = store;
        _snapshot = snapshot;
        _state = state;
    }

    public long Id => Current.Id;

    public RollState Current
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Raised after every change, already checkpointed.</summary>
    public event Action<RollState>? Changed;

    /// <summary>
    /// Stores a new roll over <paramref name="groups"/> (hroller's, in its order). Refused in read-only
    /// mode (audited, as every refusal), and while another roll of the cluster is open.
    /// </summary>
    public static RollingRun Start(RunbookContext ctx, RollStore store, IReadOnlyList<IReadOnlyList<string>> groups, bool pauseWatcher,
        Func<CancellationToken, Task<ClusterSnapshot>> snapshot, IReadOnlyList<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(groups);
        var plan = string.Join(" | ", groups.Select(g => string.Join(',', g.Select(NodeNames.Short))));
        if (ctx.Client.IsReadOnly)
        {
            var why = "read-only mode: the roll is a preview only";
            var id = ctx.Audit.Begin(ctx.Cluster, ctx.Operator, "roll", "cluster", "hroller -L: " + plan, "gnt-tui: rolling maintenance");
            ctx.Audit.Complete(id, AuditStatus.Refused, why);
            throw new GanetiException(GanetiErrorKind.ReadOnly, why);
        }

        if (groups.Count == 0 || groups.Any(g => g.Count == 0))
        {
            throw new ArgumentException("hroller gave no reboot group to roll over", nameof(groups));
        }

        if (store.Open(ctx.Cluster) is [var open, ..])
        {
            throw new InvalidOperationException($"roll {open.Id} is still open (at {open.Where}): continue it or abandon it first");
        }

        var now = ctx.Time.GetUtcNow();
        var draft = new RollState(0, ctx.Cluster, now, groups.Select((g, i) => new RollGroup(i + 1, [.. g])).ToList())
        {
            PauseWatcher = pauseWatcher,
            Overrides = overrides ?? [],
            UpdatedAt = now,
        };
        return new RollingRun(ctx, store, snapshot, store.Create(draft));
    }

    /// <summary>
    /// A stored roll after a restart: held where it stopped (its group's runbooks resume by themselves),
    /// so no new group starts until the operator says so with <see cref="Continue"/>.
    /// </summary>
    public static RollingRun Resume(RunbookContext ctx, RollStore store, long id, Func<CancellationToken, Task<ClusterSnapshot>> snapshot)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(store);
        var state = store.Load(id) ?? throw new ArgumentException($"no roll {id} in {ctx.Cluster}'s state file", nameof(id));
        var run = new RollingRun(ctx, store, snapshot, state);
        if (state.Status == RollStatus.Running)
        {
            run.Mutate(s => s with { Stopped = $"the console restarted: held at {s.Where}" });
        }

        return run;
    }

    /// <summary>Holds the roll: the runbooks at work go on, but no new group starts.</summary>
    public void Pause() => Mutate(s => s.IsOpen ? s with { Stopped = s.Stopped ?? $"paused by the operator at {s.Where}" } : throw Closed(s));

    /// <summary>
    /// Goes on from the group it stopped at: aborted runbooks of that group start again, and
    /// <paramref name="typedOverrides"/> (node names typed) override those nodes' blockers.
    /// </summary>
    public void Continue(IReadOnlyList<string>? typedOverrides = null) => Mutate(s =>
    {
        if (!s.IsOpen)
        {
            throw Closed(s);
        }

        var aborted = s.Current?.Runbooks.Where(kv => _ctx.Store.Load(kv.Value) is not { Status: not RunbookStatus.Aborted }).Select(kv => kv.Key).ToList() ?? [];
        var next = s with { Stopped = null, Blocked = [], Overrides = [.. s.Overrides.Union(typedOverrides ?? [], StringComparer.Ordinal)] };
        return s.Current is { } g && aborted.Count > 0
            ? next.With(g with { Runbooks = g.Runbooks.Where(kv => !aborted.Contains(kv.Key)).ToDictionary() })
            : next;
    });

    /// <summary>Abandons the roll. Runbooks already started stay (answer or abort them in their pane); the watcher is left as it is.</summary>
    public void Abort() => Mutate(s => s.IsOpen ? s with { Aborted = true } : throw Closed(s));

    /// <summary>Does what can be done now (the watcher, the next group); returns the runbooks it started.</summary>
    public async Task<IReadOnlyList<NodeMaintenanceRunbook>> AdvanceAsync(CancellationToken ct)
    {
        await _advancing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var started = new List<NodeMaintenanceRunbook>();
            while (Current is { Status: RollStatus.Running } s)
            {
                if (s.Current is not { } group)
                {
                    await EndAsync(s, ct).ConfigureAwait(false);
                    break;
                }

                var runbooks = group.Runbooks.ToDictionary(kv => kv.Key, kv => _ctx.Store.Load(kv.Value));
                if (group.Started && group.Nodes.All(n => runbooks.GetValueOrDefault(n)?.Status == RunbookStatus.Finished))
                {
                    Mutate(x => x.With(group with { Done = true, FinishedAt = _ctx.Time.GetUtcNow() }));
                    continue;
                }

                if (runbooks.FirstOrDefault(kv => kv.Value is null or { Status: RunbookStatus.Aborted }) is { Key: { } node } gone)
                {
                    Stop($"the runbook {group.Runbooks[node]} for {NodeNames.Short(node)} was {(gone.Value is null ? "lost" : "aborted")} ({s.Where}): continue starts it again");
                    break;
                }

                var missing = group.Nodes.Where(n => !group.Runbooks.ContainsKey(n)).ToList();
                if (missing.Count == 0)
                {
                    break;
                }

                if (!await StartGroupAsync(group, missing, started, ct).ConfigureAwait(false))
                {
                    break;
                }
            }

            return started;
        }
        finally
        {
            _advancing.Release();
        }
    }

    private async Task<bool> StartGroupAsync(RollGroup group, List<string> nodes, List<NodeMaintenanceRunbook> started, CancellationToken ct)
    {
        ClusterSnapshot cluster;
        try
        {
            cluster = await _snapshot(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteShellException or GanetiException)
        {
            Stop($"cannot read the cluster to start group {group.Position}: {e.Message}");
            return false;
        }

        var blocked = new List<string>();
        var reasons = new List<string>();
        foreach (var node in nodes)
        {
            if (cluster.FindNode(node) is null)
            {
                Stop($"group {group.Position}: {node} is not in the node list any more: abandon the roll and ask hroller again");
                return false;
            }

            var plan = NodeMaintenanceRunbook.Plan(node, cluster, _ctx.Drbd());
            var report = new PreflightReport(new NodeMigrate(plan.Node), plan.Findings);
            if (!report.Allows(Current.Overrides.FirstOrDefault(o => o == plan.Node)))
            {
                blocked.Add(plan.Node);
                reasons.AddRange(plan.Findings.Where(f => f.Severity == PreflightSeverity.Blocker).Select(f => f.Message));
            }
        }

        if (blocked.Count > 0)
        {
            Stop($"group {group.Position} is blocked: {string.Join("; ", reasons)}. Continue with the node names typed to override, or fix it first", blocked);
            return false;
        }

        if (!await HoldWatcherAsync(group, ct).ConfigureAwait(false))
        {
            return false;
        }

        var ids = new Dictionary<string, long>(group.Runbooks);
        foreach (var node in nodes)
        {
            if (_ctx.Store.Open(_ctx.Cluster).FirstOrDefault(r => RunbookPlanner.Same(r.Node, node)) is { } open)
            {
                // The operator had started this node's runbook already: the roll follows that one.
                ids[node] = open.Id;
                continue;
            }

            var rb = NodeMaintenanceRunbook.Start(_ctx, node, cluster, _ctx.Drbd(), typedOverride: Current.Overrides.FirstOrDefault(o => o == node));
            ids[node] = rb.Id;
            started.Add(rb);
        }

        Mutate(s => s.With(group with { Runbooks = ids, StartedAt = group.StartedAt ?? _ctx.Time.GetUtcNow() }));
        return true;
    }

    /// <summary>Pauses the watcher before a group (again from the second on, so the pause lasts the group); false when the roll stopped over it.</summary>
    private async Task<bool> HoldWatcherAsync(RollGroup group, CancellationToken ct)
    {
        var s = Current;
        if (!s.PauseWatcher)
        {
            return true;
        }

        try
        {
            var hold = await Watcher().HoldAsync(s.Watcher, $"gnt-tui: rolling maintenance, group {group.Position} of {s.Groups.Count} ({_ctx.Operator})", ct).ConfigureAwait(false);
            Mutate(x => x with { Watcher = hold });
            return true;
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException)
        {
            Stop($"watcher pause not done before group {group.Position}: {e.Message}");
            return false;
        }
    }

    private async Task EndAsync(RollState s, CancellationToken ct)
    {
        try
        {
            var said = s.Watcher is { } hold ? await Watcher().ReleaseAsync(hold, $"gnt-tui: rolling maintenance over ({_ctx.Operator})", ct).ConfigureAwait(false) : null;
            Mutate(x => x with { Ended = true, Message = said, Watcher = x.Watcher is { } w ? w with { Ours = false } : null });
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException)
        {
            Stop($"every group is done, but watcher continue failed: {e.Message}");
        }
    }

    private MaintenanceWatcher Watcher() => new(_ctx.Client, _ctx.Audit, _ctx.Cluster, _ctx.Operator);

    private void Stop(string why, IReadOnlyList<string>? blocked = null) => Mutate(s => s with { Stopped = why, Blocked = blocked ?? [] });

    private static InvalidOperationException Closed(RollState s) => new($"roll {s.Id} is {s.Status.ToString().ToLowerInvariant()}");

    private void Mutate(Func<RollState, RollState> change)
    {
        RollState s;
        lock (_gate)
        {
            s = change(_state) with { UpdatedAt = _ctx.Time.GetUtcNow() };
            _store.Save(s);
            _state = s;
        }

        Changed?.Invoke(s);
    }
}
