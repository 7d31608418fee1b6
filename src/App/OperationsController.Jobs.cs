using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;
using GntTui.Views.Screens;
using GntTui.Views.Widgets;

namespace GntTui.App;

/// <summary>Groups, cancels, verify, the audit rows, and re-attaching to the jobs a previous run left behind.</summary>
internal sealed partial class OperationsController
{
    private async Task GroupAsync(ConsoleIntent.SubmitGroup g)
    {
        if (_services.Runner is not { } runner)
        {
            _post(new Notice($"{g.Title} not sent: operations are disabled (the state file is unavailable)", ToastLevel.Error));
            return;
        }

        var group = new JobGroup(runner, g.Title, g.Operations);
        var announced = new HashSet<long>();
        group.Changed += status =>
        {
            _post(new GroupUpdate(g.GroupId, status));
            lock (announced)
            {
                foreach (var row in status.Rows.Where(r => r.JobId is { } id && announced.Add(id)))
                {
                    _post(new JobSubmitted(row.Operation, row.JobId!.Value));
                    RefreshSoon();
                }
            }

            PostAuditSoon();
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

        _post(new GroupUpdate(g.GroupId, final));
        var failed = final.Rows.Any(r => r.State is not (JobRowState.Succeeded or JobRowState.Canceled));
        _post(new Notice($"{g.Title}: {final.Summary}", failed ? ToastLevel.Error : ToastLevel.Info));
        _services.Notify?.Invoke(JobNotification.ForGroup(final));
        PostAudit();
        RefreshSoon();
    }

    private async Task CancelAsync(long jobId)
    {
        if (_services.Runner is not { } runner)
        {
            _post(new Notice($"job {jobId} not cancelled: operations are disabled (the state file is unavailable)", ToastLevel.Error));
            return;
        }

        try
        {
            await new JobCanceller(runner, _services.Client).CancelAsync(jobId, _stop).ConfigureAwait(false);
            _post(new Notice($"job {jobId}: cancel sent", ToastLevel.Info));
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException)
        {
            _post(new Notice($"job {jobId} not cancelled: {e.Message}", ToastLevel.Error));
        }

        PostAudit();
        RefreshSoon();
    }

    private async Task VerifyAsync(IReadOnlyList<string> ignore)
    {
        try
        {
            var snapshot = _services.Snapshot();
            var cluster = snapshot.Info?.Name is { Length: > 0 } name ? name : snapshot.ClusterName;
            var report = await new ClusterVerification(_services.Client, _services.Time, cluster).RunAsync(ignore, _stop).ConfigureAwait(false);
            _post(new VerifyUpdate(report, Running: false, null));
            _post(new Notice("cluster verify: " + report.Summary, report.IsClean ? ToastLevel.Info : ToastLevel.Warning));
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException or ArgumentException)
        {
            _post(new VerifyUpdate(null, Running: false, e.Message));
        }
    }

    private void PostAudit()
    {
        if (_services.Audit is not { } audit)
        {
            return;
        }

        try
        {
            _post(new AuditRows(audit.Recent(AuditRowsShown, _services.Cluster)));
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            _post(new Notice("cannot read the audit log: " + e.Message, ToastLevel.Warning));
        }
    }

    /// <summary>Many changes in a burst (a group's rows, a runbook's jobs) cost one read of the audit log.</summary>
    private void PostAuditSoon()
    {
        if (Interlocked.Exchange(ref _auditPending, 1) == 1)
        {
            return;
        }

        Track(Task.Run(async () =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300), _services.Time, _stop).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Exchange(ref _auditPending, 0);
            }

            PostAudit();
        }, CancellationToken.None));
    }

    /// <summary>Jobs we submitted and never saw end (quit, crash, dropped SSH): followed again as ours, to their true end.</summary>
    private async Task ReattachAsync(IReadOnlySet<long> runbookJobs)
    {
        if (_services.Runner is not { } runner)
        {
            return;
        }

        var follows = new List<Task>();
        foreach (var row in runner.Unfinished().Where(r => r.JobId is { } id && !runbookJobs.Contains(id)))
        {
            _post(new Notice($"re-attaching to job {row.JobId} ({row.Verb} {row.Target})", ToastLevel.Info));
            follows.Add(FollowOwnAsync(row.Id, row.JobId!.Value, null));
        }

        await Task.WhenAll(follows).ConfigureAwait(false);
    }
}
