using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Engine.Planners;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Live;

/// <summary>
/// The whole operation lifecycle of one session, in one place: every operation through the
/// pre-flight gate and the audited runner, every job we sent followed to its end (log published,
/// status and Ganeti's message kept, the operator told), jobs left by an earlier run re-attached,
/// groups, cancels, verify, the audit trail and runbooks. Every request returns at once (the work
/// goes to the thread pool, so a UI loop never waits on SQLite or SSH); what happens comes back as
/// <see cref="SessionEvent"/>s through <see cref="Published"/>.
/// </summary>
public sealed class OperationCenter
{
    private readonly OperationServices _services;
    private readonly CancellationToken _stop;
    private readonly WorkTracker _work;
    private readonly JobLogStream _logs;
    private readonly AuditFeed _audit;
    private readonly RunbookDesk _runbooks;
    private readonly PlannerDesk _planners;
    private readonly RollDesk _rolls;
    private readonly ConcurrentDictionary<long, CancellationTokenSource> _watching = new();

    public OperationCenter(OperationServices services, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _stop = stop;
        _work = new WorkTracker(e => Say("operation error: " + e.Message, NoticeLevel.Error));
        _logs = new JobLogStream(Publish);
        _audit = new AuditFeed(services, Publish, _work, stop);
        _runbooks = new RunbookDesk(services, Publish, _audit, _work, stop);
        _planners = new PlannerDesk(services, Publish, _audit, stop);
        _rolls = new RollDesk(services, Publish, _work, _runbooks, _planners.WatcherAsync, stop);
        _runbooks.WatcherTouched += () => _work.Run(_planners.WatcherAsync);
    }

    /// <summary>Raised on worker threads with everything that happens.</summary>
    public event Action<SessionEvent>? Published;

    /// <summary>
    /// Publishes the audit rows, resumes unfinished runbooks (both before returning: called once,
    /// before the console's loop runs) and re-attaches to our unfinished jobs.
    /// </summary>
    public void Start()
    {
        _audit.Publish();
        var runbookJobs = _runbooks.ResumeAll();
        _rolls.ResumeAll();
        _work.Track(ReattachAsync(runbookJobs));
    }

    /// <summary>Sends one confirmed operation through the pre-flight gate; <paramref name="typedOverride"/> is what the operator typed to override its blockers.</summary>
    public void Submit(PreflightReport report, string? typedOverride) => _work.Run(() => SubmitAsync(report, typedOverride));

    /// <summary>One job per operation (rows the pre-flight blocked are already left out); progress comes as <see cref="SessionEvent.GroupChanged"/>.</summary>
    public void SubmitGroup(int groupId, string title, IReadOnlyList<GanetiOperation> operations) => _work.Run(() => GroupAsync(groupId, title, [operations]));

    /// <summary>
    /// An hbal plan's operations in stages (<see cref="BalanceStages"/>): each stage sent when the one
    /// before has succeeded, every row through the audited runner; progress as one group.
    /// </summary>
    public void SubmitStages(int groupId, string title, IReadOnlyList<IReadOnlyList<GanetiOperation>> stages) => _work.Run(() => GroupAsync(groupId, title, stages));

    /// <summary><c>hbal -L -C</c> with these options; the plan comes as <see cref="SessionEvent.BalancePlanned"/>.</summary>
    public void PlanBalance(HbalOptions options) => _work.Run(() => _planners.BalanceAsync(options));

    /// <summary><c>hroller -L</c> with these options; the groups come as <see cref="SessionEvent.RollPlanned"/>.</summary>
    public void PlanRoll(HrollerOptions options) => _work.Run(() => _planners.RollAsync(options));

    /// <summary>Reads the watcher's state and hspace's room now.</summary>
    public void ReadPlanners() => _work.Run(async () =>
    {
        await _planners.WatcherAsync().ConfigureAwait(false);
        await _planners.CapacityAsync().ConfigureAwait(false);
    });

    /// <summary>Polls the watcher every <paramref name="interval"/> and hspace every fourth time, until the session stops.</summary>
    public void PollPlanners(TimeSpan interval) => _work.Run(() => _planners.PollAsync(interval));

    /// <summary><c>gnt-cluster watcher pause</c> for <paramref name="duration"/>, or <c>continue</c> when null; audited.</summary>
    public void SetWatcher(TimeSpan? duration, string reason) => _work.Run(() => _planners.SetWatcherAsync(duration, reason));

    /// <summary><c>gnt-job cancel</c>, after asking Ganeti whether the job is still queued or waiting.</summary>
    public void Cancel(long jobId) => _work.Run(() => CancelAsync(jobId));

    /// <summary><c>gnt-cluster verify --error-codes</c>, demoting these codes.</summary>
    public void Verify(IReadOnlyList<string> ignoreCodes) => _work.Run(() => VerifyAsync(ignoreCodes));

    public void LoadAudit() => _work.Run(Sync(_audit.Publish));

    /// <param name="pauseWatcher">The runbook pauses the watcher first and continues it at its end (only a pause it set).</param>
    public void StartRunbook(string node, string? typedOverride, bool pauseWatcher = false) =>
        _work.Run(Sync(() => _runbooks.Start(node, typedOverride, new RunbookOptions(PauseWatcher: pauseWatcher))));

    /// <summary>hroller's groups as one roll, group after group; progress comes as <see cref="SessionEvent.RollChanged"/>. Refused in read-only mode.</summary>
    public void StartRoll(IReadOnlyList<IReadOnlyList<string>> groups, bool pauseWatcher) => _work.Run(Sync(() => _rolls.Start(groups, pauseWatcher)));

    /// <summary>Holds the roll after its current group (its runbooks go on).</summary>
    public void PauseRoll(long rollId) => _work.Run(Sync(() => _rolls.Pause(rollId)));

    /// <summary>Goes on from the group the roll stopped at; <paramref name="typedOverrides"/> are node names typed to override their blockers.</summary>
    public void ContinueRoll(long rollId, IReadOnlyList<string> typedOverrides) => _work.Run(Sync(() => _rolls.Continue(rollId, typedOverrides)));

    public void AbortRoll(long rollId) => _work.Run(Sync(() => _rolls.Abort(rollId)));

    public void AnswerRunbook(long runbookId, string stepId, RunbookReply reply) => _work.Run(Sync(() => _runbooks.Answer(runbookId, stepId, reply)));

    /// <summary>Refreshes the cluster snapshot now instead of at the next poll.</summary>
    public void RefreshNow() => _work.Run(() => _services.Refresh(_stop));

    /// <summary>
    /// The operator opened a job's log: one of ours is already followed, so what we have is published
    /// again at once; anyone else's is streamed until <see cref="StopWatching"/>.
    /// </summary>
    public void Watch(long jobId)
    {
        if (_logs.Republish(jobId))
        {
            return;
        }

        var cts = CancellationTokenSource.CreateLinkedTokenSource(_stop);
        if (!_watching.TryAdd(jobId, cts))
        {
            cts.Dispose();
            return;
        }

        _work.Run(async () =>
        {
            try
            {
                var end = await _logs.RunAsync(jobId, (onEntry, ct) => new JobFollower(_services.Client).FollowAsync(jobId, onEntry, ct), keep: false, cts.Token).ConfigureAwait(false);
                if (end.Outcome is { } outcome)
                {
                    // Someone else's job, watched to its end in the log view: rung like ours.
                    Publish(new SessionEvent.Attention(JobNotification.ForOutcome(null, outcome)));
                }
            }
            finally
            {
                if (_watching.TryRemove(jobId, out var done))
                {
                    done.Dispose();
                }
            }
        });
    }

    /// <summary>The operator left the log: the stream stops (the job itself runs on).</summary>
    public void StopWatching(long jobId)
    {
        if (_watching.TryGetValue(jobId, out var cts))
        {
            cts.Cancel();
        }
    }

    /// <summary>Everything started so far has ended; after the stop token fired, that is shutdown complete.</summary>
    public Task WhenIdle() => _work.WhenIdle();

    private static Func<Task> Sync(Action action) => () =>
    {
        action();
        return Task.CompletedTask;
    };

    private async Task SubmitAsync(PreflightReport report, string? typedOverride)
    {
        var op = report.Operation;
        if (_services.Runner is not { } runner)
        {
            Refused(op, "operations are disabled: the state file is unavailable, so nothing could be audited");
            return;
        }

        SubmittedOperation sent;
        try
        {
            sent = await PreflightGate.SubmitAsync(runner, report, typedOverride, _stop).ConfigureAwait(false);
        }
        catch (GanetiException e) when (e.Kind == GanetiErrorKind.NothingToDo)
        {
            // Sent, and Ganeti's answer was that there is nothing to move: its words, not a refusal.
            Say($"{op.Verb} {op.TargetName}: nothing to do: {e.Message}", NoticeLevel.Info);
            _audit.Publish();
            return;
        }
        catch (Exception e) when (e is PreflightBlockedException or GanetiException or RemoteShellException)
        {
            Refused(op, e.Message);
            return;
        }

        Accepted(sent.Operation, sent.JobId);
        Say($"job {sent.JobId}: {op.Verb} {op.TargetName} submitted", NoticeLevel.Info);
        await FollowOwnAsync(sent.AuditId, sent.JobId, sent.Operation).ConfigureAwait(false);
    }

    /// <summary>Follows one of our jobs to its end: its log is published, its end audited, said and rung.</summary>
    private async Task FollowOwnAsync(long auditId, long jobId, GanetiOperation? op)
    {
        var started = _services.Time.GetTimestamp();
        var end = await _logs.RunAsync(jobId, (onEntry, ct) => _services.Runner!.FollowAsync(auditId, jobId, onEntry, ct), keep: true, _stop).ConfigureAwait(false);
        if (end.Error is { } error)
        {
            Say($"job {jobId}: lost track of it ({error}); it is re-attached at the next start", NoticeLevel.Warning);
            return;
        }

        if (end.Outcome is not { } outcome)
        {
            return; // Quitting: the job runs on and is re-attached at the next start.
        }

        var what = op is null ? $"job {jobId}" : $"job {jobId} ({op.Verb} {op.TargetName})";
        Say(outcome.Status == JobStatus.Success ? $"{what} succeeded" : $"{what} {StatusWord(outcome.Status)}: {outcome.FailureText}",
            outcome.Status == JobStatus.Success ? NoticeLevel.Info : NoticeLevel.Error);
        Publish(new SessionEvent.Attention(JobNotification.ForOutcome(op, outcome, _services.Time.GetElapsedTime(started))));
        _audit.Publish();
        RefreshNow();
    }

    private async Task GroupAsync(int groupId, string title, IReadOnlyList<IReadOnlyList<GanetiOperation>> stages)
    {
        if (_services.Runner is not { } runner)
        {
            Say($"{title} not sent: operations are disabled (the state file is unavailable)", NoticeLevel.Error);
            return;
        }

        var group = new JobGroup(runner, title, stages);
        var announced = new HashSet<long>();
        group.Changed += status =>
        {
            Publish(new SessionEvent.GroupChanged(groupId, status));
            lock (announced)
            {
                foreach (var row in status.Rows.Where(r => r.JobId is { } id && announced.Add(id)))
                {
                    Publish(new SessionEvent.JobAccepted(row.Operation, row.JobId!.Value));
                    RefreshNow();
                }
            }

            _audit.PublishSoon();
        };
        JobGroupStatus final;
        try
        {
            final = await group.RunAsync(_stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Publish(new SessionEvent.GroupChanged(groupId, final));
        var note = JobNotification.ForGroup(final);
        Say($"{title}: {final.Summary}", note.Level);
        Publish(new SessionEvent.Attention(note));
        _audit.Publish();
        RefreshNow();
    }

    private async Task CancelAsync(long jobId)
    {
        if (_services.Runner is not { } runner)
        {
            Say($"job {jobId} not cancelled: operations are disabled (the state file is unavailable)", NoticeLevel.Error);
            return;
        }

        try
        {
            await new JobCanceller(runner, _services.Client).CancelAsync(jobId, _stop).ConfigureAwait(false);
            Say($"job {jobId}: cancel sent", NoticeLevel.Info);
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException)
        {
            Say($"job {jobId} not cancelled: {e.Message}", NoticeLevel.Error);
        }

        _audit.Publish();
        RefreshNow();
    }

    private async Task VerifyAsync(IReadOnlyList<string> ignore)
    {
        try
        {
            var snapshot = _services.Snapshot();
            var cluster = snapshot.Info?.Name is { Length: > 0 } name ? name : snapshot.ClusterName;
            var report = await new ClusterVerification(_services.Client, _services.Time, cluster).RunAsync(ignore, _stop).ConfigureAwait(false);
            Publish(new SessionEvent.VerifyFinished(report, null));
            Say("cluster verify: " + report.Summary, report.IsClean ? NoticeLevel.Info : NoticeLevel.Warning);
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException or ArgumentException)
        {
            Publish(new SessionEvent.VerifyFinished(null, e.Message));
        }
    }

    /// <summary>Jobs we submitted and never saw end (quit, crash, dropped SSH), and those a crash left without an id once reconciled: followed again as ours, to their true end.</summary>
    private async Task ReattachAsync(IReadOnlySet<long> runbookJobs)
    {
        if (_services.Runner is not { } runner)
        {
            return;
        }

        var followed = new HashSet<long>();
        var follows = new List<Task>();
        void FollowUnfinished()
        {
            foreach (var row in runner.Unfinished().Where(r => r.JobId is { } id && !runbookJobs.Contains(id) && followed.Add(r.Id)))
            {
                Say($"re-attaching to job {row.JobId} ({row.Verb} {row.Target})", NoticeLevel.Info);
                follows.Add(FollowOwnAsync(row.Id, row.JobId!.Value, null));
            }
        }

        // Known jobs first: reconciling may wait out a young row's grace, and they should not wait with it.
        FollowUnfinished();
        await ReconcileAsync(runner).ConfigureAwait(false);
        FollowUnfinished();
        await Task.WhenAll(follows).ConfigureAwait(false);
    }

    /// <summary>
    /// Rows a crash left <c>sending</c>: their jobs are looked for on the cluster by the tag in the
    /// reason before anything is re-attached, so a found one is followed like the rest, and one that
    /// is not there is said, in the notice and in its audit row.
    /// </summary>
    private async Task ReconcileAsync(OperationRunner runner)
    {
        IReadOnlyList<Reconciliation> results;
        try
        {
            results = await runner.ReconcileAsync(_stop).ConfigureAwait(false);
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException)
        {
            Say($"operations left unconfirmed by an earlier run could not be checked ({e.Message}); they are checked again at the next start", NoticeLevel.Warning);
            return;
        }

        foreach (var r in results)
        {
            var what = $"{r.Row.Verb} {r.Row.Target} (sent {r.Row.CreatedAt.ToLocalTime():yyyy-MM-dd HH:mm:ss}, its job id was never recorded)";
            if (r.JobId is { } job)
            {
                Say($"{what}: found on the cluster as job {job}", NoticeLevel.Info);
            }
            else
            {
                Say($"{what}: {r.Problem}", NoticeLevel.Warning);
            }
        }

        if (results.Count > 0)
        {
            _audit.Publish();
        }
    }

    private void Accepted(GanetiOperation op, long jobId)
    {
        Publish(new SessionEvent.JobAccepted(op, jobId));
        _audit.Publish();
        RefreshNow();
    }

    private void Refused(GanetiOperation op, string why)
    {
        Say($"{op.Verb} {op.TargetName} not sent: {why}", NoticeLevel.Error);
        _audit.Publish();
    }

    private static string StatusWord(JobStatus status) => status == JobStatus.Canceled ? "was canceled" : "failed";

    private void Say(string text, NoticeLevel level) => Publish(new SessionEvent.Notice(text, level));

    private void Publish(SessionEvent e) => Published?.Invoke(e);
}
