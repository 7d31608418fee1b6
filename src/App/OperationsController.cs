using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.App;

/// <summary>
/// The console's operation intents turned into Engine calls: every operation through the pre-flight
/// gate and the audited runner, every job we sent followed to its end (log streamed, status and
/// Ganeti's message kept, bell rung), groups, cancels, verify, audit rows and runbooks. Results go
/// back to the console as messages through <c>post</c>; nothing here draws.
/// </summary>
internal sealed partial class OperationsController
{
    private const int AuditRowsShown = 200;
    private readonly OperationServices _services;
    private readonly Action<object> _post;
    private readonly CancellationToken _stop;
    private readonly ConcurrentDictionary<long, JobLogUpdate> _ownLogs = new();
    private readonly ConcurrentDictionary<Task, byte> _work = new();
    private int _auditPending;

    public OperationsController(OperationServices services, Action<object> post, CancellationToken stop)
    {
        _services = services;
        _post = post;
        _stop = stop;
    }

    /// <summary>Posts the audit rows, re-attaches to our unfinished jobs and resumes unfinished runbooks.</summary>
    public void Start()
    {
        PostAudit();
        var runbookJobs = ResumeRunbooks();
        Track(ReattachAsync(runbookJobs));
    }

    /// <summary>Handles an operation intent; false for intents that are not about operations.</summary>
    /// <summary>
    /// Takes the console's operation intents. Called on the UI loop: every one goes to the thread
    /// pool at once, so the loop never waits on SQLite (audit rows, runbook checkpoints) or SSH.
    /// </summary>
    public bool Handle(ConsoleIntent intent)
    {
        Func<Task>? work = intent switch
        {
            ConsoleIntent.Submit s => () => SubmitAsync(s),
            ConsoleIntent.SubmitGroup g => () => GroupAsync(g),
            ConsoleIntent.CancelJob c => () => CancelAsync(c.JobId),
            ConsoleIntent.Verify v => () => VerifyAsync(v.IgnoreCodes),
            ConsoleIntent.LoadAudit => Sync(PostAudit),
            ConsoleIntent.StartRunbook r => Sync(() => StartRunbook(r.Node, r.TypedOverride)),
            ConsoleIntent.AnswerRunbook a => Sync(() => Answer(a)),
            _ => null,
        };
        if (work is null)
        {
            return false;
        }

        Track(Task.Run(work, CancellationToken.None));
        return true;
    }

    private static Func<Task> Sync(Action action) => () =>
    {
        action();
        return Task.CompletedTask;
    };

    /// <summary>A job of ours is already followed: its log so far goes to the console at once, and no second stream is opened.</summary>
    public bool TryShowOwnLog(long jobId)
    {
        if (!_ownLogs.TryGetValue(jobId, out var log))
        {
            return false;
        }

        _post(log);
        return true;
    }

    /// <summary>Everything started so far has finished (tests).</summary>
    public Task WhenIdle() => Task.WhenAll(_work.Keys);

    private async Task SubmitAsync(ConsoleIntent.Submit s)
    {
        var op = s.Report.Operation;
        if (_services.Runner is not { } runner)
        {
            Refused(op, "operations are disabled: the state file is unavailable, so nothing could be audited");
            return;
        }

        SubmittedOperation sent;
        try
        {
            sent = await PreflightGate.SubmitAsync(runner, s.Report, s.TypedOverride, _stop).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PreflightBlockedException or GanetiException or RemoteShellException)
        {
            Refused(op, e.Message);
            return;
        }

        Submitted(sent.Operation, sent.JobId);
        _post(new Notice($"job {sent.JobId}: {op.Verb} {op.TargetName} submitted", ToastLevel.Info));
        await FollowOwnAsync(sent.AuditId, sent.JobId, sent.Operation).ConfigureAwait(false);
    }

    /// <summary>Follows one of our jobs to its end: its log streams to the console, its end is audited, said and rung.</summary>
    private async Task FollowOwnAsync(long auditId, long jobId, GanetiOperation? op)
    {
        var log = new List<JobLogEntry>();
        var started = _services.Time.GetTimestamp();
        JobOutcome outcome;
        try
        {
            outcome = await _services.Runner!.FollowAsync(auditId, jobId, entry =>
            {
                lock (log)
                {
                    log.Add(entry);
                    Show(new JobLogUpdate(jobId, [.. log], null, null));
                }

                return ValueTask.CompletedTask;
            }, _stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // Quitting: the job runs on and is re-attached at the next start.
        }
        catch (Exception e) when (e is RemoteShellException or GanetiException)
        {
            Show(new JobLogUpdate(jobId, [.. log], null, e.Message));
            _post(new Notice($"job {jobId}: lost track of it ({e.Message}); it is re-attached at the next start", ToastLevel.Warning));
            return;
        }

        Show(new JobLogUpdate(jobId, outcome.Log, outcome, null));
        var what = op is null ? $"job {jobId}" : $"job {jobId} ({op.Verb} {op.TargetName})";
        _post(outcome.Status == JobStatus.Success
            ? new Notice($"{what} succeeded", ToastLevel.Info)
            : new Notice($"{what} {StatusWord(outcome.Status)}: {outcome.FailureText}", ToastLevel.Error));
        _services.Notify?.Invoke(JobNotification.ForOutcome(op, outcome, _services.Time.GetElapsedTime(started)));
        PostAudit();
        RefreshSoon();
    }

    private void Show(JobLogUpdate update)
    {
        _ownLogs[update.JobId] = update;
        _post(update);
    }

    private void Submitted(GanetiOperation op, long jobId)
    {
        _post(new JobSubmitted(op, jobId));
        PostAudit();
        RefreshSoon();
    }

    private void Refused(GanetiOperation op, string why)
    {
        _post(new Notice($"{op.Verb} {op.TargetName} not sent: {why}", ToastLevel.Error));
        PostAudit();
    }

    private static string StatusWord(JobStatus status) => status == JobStatus.Canceled ? "was canceled" : "failed";

    private void RefreshSoon() => Track(Task.Run(() => _services.Refresh(_stop), CancellationToken.None));

    private void Track(Task task)
    {
        _work[task] = 0;
        _ = task.ContinueWith(t =>
        {
            _work.TryRemove(t, out _);
            if (t.Exception is { } e && e.InnerException is not OperationCanceledException)
            {
                _post(new Notice("operation error: " + e.InnerException?.Message, ToastLevel.Error));
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
