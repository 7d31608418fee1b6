using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Live;

/// <summary>
/// Rolling maintenances of one session: started from hroller's groups, loaded (held) from the state
/// file at start, advanced whenever one of their runbooks ends, paused, continued, abandoned; the
/// runbooks they start are run by the <see cref="RunbookDesk"/> like any other. Said when they stop or end.
/// </summary>
internal sealed class RollDesk
{
    private readonly OperationServices _services;
    private readonly Action<SessionEvent> _publish;
    private readonly WorkTracker _work;
    private readonly RunbookDesk _runbooks;
    private readonly Func<Task> _readWatcher;
    private readonly CancellationToken _stop;
    private readonly ConcurrentDictionary<long, RollingRun> _rolls = new();

    public RollDesk(OperationServices services, Action<SessionEvent> publish, WorkTracker work, RunbookDesk runbooks, Func<Task> readWatcher, CancellationToken stop)
    {
        _services = services;
        _publish = publish;
        _work = work;
        _runbooks = runbooks;
        _readWatcher = readWatcher;
        _stop = stop;
        runbooks.StatusChanged += OnRunbook;
    }

    public void Start(IReadOnlyList<IReadOnlyList<string>> groups, bool pauseWatcher)
    {
        if (_runbooks.Context() is not { } ctx || _services.Rolls is not { } store)
        {
            Say("no roll: operations are disabled (the state file is unavailable)", NoticeLevel.Error);
            return;
        }

        try
        {
            var roll = RollingRun.Start(ctx, store, groups, pauseWatcher, FreshSnapshotAsync);
            Say($"roll {roll.Id} started: {groups.Count} group(s), group after group{(pauseWatcher ? ", the watcher paused for it" : "")}", NoticeLevel.Info);
            Track(roll);
        }
        catch (Exception e) when (e is GanetiException or InvalidOperationException or ArgumentException)
        {
            Say("no roll: " + e.Message, NoticeLevel.Error);
        }
    }

    /// <summary>Open rolls of this cluster, held where they stopped: shown, and continued with one key.</summary>
    public void ResumeAll()
    {
        if (_runbooks.Context() is not { } ctx || _services.Rolls is not { } store)
        {
            return;
        }

        foreach (var open in store.Open(ctx.Cluster))
        {
            var roll = RollingRun.Resume(ctx, store, open.Id, FreshSnapshotAsync);
            Say($"roll {roll.Id} is held at {roll.Current.Where}: {roll.Current.Stopped} (c on :roll continues it)", NoticeLevel.Warning);
            Track(roll, advance: false);
        }
    }

    public void Pause(long id) => Answer(id, r => r.Pause());

    public void Continue(long id, IReadOnlyList<string> typedOverrides) => Answer(id, r => r.Continue(typedOverrides));

    public void Abort(long id) => Answer(id, r => r.Abort());

    private void Answer(long id, Action<RollingRun> answer)
    {
        if (!_rolls.TryGetValue(id, out var roll))
        {
            Say($"roll {id} is not here", NoticeLevel.Error);
            return;
        }

        try
        {
            answer(roll);
            Advance(roll);
        }
        catch (InvalidOperationException e)
        {
            Say(e.Message, NoticeLevel.Warning);
        }
    }

    private void OnRunbook(RunbookState state)
    {
        if (state.Status is not (RunbookStatus.Finished or RunbookStatus.Aborted))
        {
            return;
        }

        foreach (var roll in _rolls.Values.Where(r => r.Current.Current?.Runbooks.Values.Contains(state.Id) == true))
        {
            Advance(roll);
        }
    }

    private void Track(RollingRun roll, bool advance = true)
    {
        _rolls[roll.Id] = roll;
        var last = roll.Current;
        roll.Changed += state =>
        {
            _publish(new SessionEvent.RollChanged(state));
            RollState before;
            lock (_rolls)
            {
                before = last;
                last = state;
            }

            if (state.Watcher != before.Watcher)
            {
                _work.Run(_readWatcher);
            }

            if (state.Status != before.Status || (state.Stopped is not null && state.Stopped != before.Stopped))
            {
                Said(state);
            }
        };
        _publish(new SessionEvent.RollChanged(roll.Current));
        if (advance)
        {
            Advance(roll);
        }
    }

    private void Said(RollState s)
    {
        var still = s.Watcher?.StillPaused is { } w ? "; " + w : "";
        var (text, level) = s.Status switch
        {
            RollStatus.Finished => ($"roll {s.Id} finished: all {s.Groups.Count} group(s) done{(s.Message is null ? "" : "; " + s.Message)}", NoticeLevel.Info),
            RollStatus.Aborted => ($"roll {s.Id} abandoned at {s.Where}{still}", NoticeLevel.Warning),
            RollStatus.Stopped => ($"roll {s.Id} stopped: {s.Stopped}{still}", NoticeLevel.Warning),
            _ => ($"roll {s.Id} goes on at {s.Where}", NoticeLevel.Info),
        };
        Say(text, level);
        if (s.Status != RollStatus.Running)
        {
            _publish(new SessionEvent.Attention(new JobNotification($"gnt-tui: roll {s.Status.ToString().ToLowerInvariant()}", text, level)));
        }
    }

    private void Advance(RollingRun roll) => _work.Run(async () =>
    {
        try
        {
            foreach (var runbook in await roll.AdvanceAsync(_stop).ConfigureAwait(false))
            {
                _runbooks.Adopt(runbook);
            }
        }
        catch (Exception e) when (e is PreflightBlockedException or InvalidOperationException or ArgumentException)
        {
            Say($"roll {roll.Id}: {e.Message}", NoticeLevel.Error);
        }
    });

    /// <summary>A group starts from the cluster as it is now, not from the last poll's picture.</summary>
    private async Task<ClusterSnapshot> FreshSnapshotAsync(CancellationToken ct)
    {
        try
        {
            await _services.Refresh(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteShellException or GanetiException)
        {
            // The last picture is used; a node missing from it stops the roll with that reason.
        }

        return _services.Snapshot();
    }

    private void Say(string text, NoticeLevel level) => _publish(new SessionEvent.Notice(text, level));
}
