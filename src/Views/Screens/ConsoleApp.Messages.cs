using GntTui.Engine.Drbd;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Views.Terminal;

namespace GntTui.Views.Screens;

/// <summary>What arrives from the App: snapshots, DRBD updates, job logs, notices; and the clock.</summary>
public sealed partial class ConsoleApp
{
    private const int MaxEndedLogs = 200;
    private readonly Dictionary<long, JobLogUpdate> _endedLogs = [];

    private LoopOutcome HandleMessage(object payload)
    {
        switch (payload)
        {
            case ClusterSnapshot snapshot:
                SetData(_data.WithSnapshot(snapshot));
                if (_jobLog is { } log && snapshot.Jobs.FirstOrDefault(j => j.Id == log.JobId) is { } job)
                {
                    log.Job = job;
                }

                return LoopOutcome.Redraw;
            case DrbdSnapshot drbd:
                SetData(_data.WithDrbd(drbd));
                return LoopOutcome.Redraw;
            case JobLogUpdate update:
                KeepEnded(update);
                var progressed = TrackProgress(update);
                return _jobLog?.Apply(update) == true || progressed ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
            case Notice notice:
                _toasts.Show(notice.Text, notice.Level);
                return LoopOutcome.Redraw;
            case JobSubmitted submitted:
                SetData(_data.WithOwn(_data.Own.Submitted(submitted.Operation, submitted.JobId, _time.GetUtcNow())));
                return LoopOutcome.Redraw;
            case AuditRows audit:
                SetData(_data.WithAudit(audit.Rows));
                return LoopOutcome.Redraw;
            case GroupUpdate group:
                _groups[group.GroupId] = group.Status;
                RefreshPane();
                return LoopOutcome.Redraw;
            case VerifyUpdate verify:
                SetData(_data.WithVerify(verify));
                return LoopOutcome.Redraw;
            case RunbookState runbook:
                SetData(_data.WithRunbook(runbook));
                if (_awaitRunbookFor == runbook.Node && _dialog is null && _question is null)
                {
                    _awaitRunbookFor = null;
                    ShowRunbook(runbook.Id);
                }

                return LoopOutcome.Redraw;
            default:
                return LoopOutcome.Unchanged;
        }
    }

    private void SetData(ConsoleData data)
    {
        _data = data;
        foreach (var view in _views.Values)
        {
            view.Update(data);
        }

        RefreshDetail();
        RefreshPane();
        _dialog?.Update(data);
    }

    /// <summary>The Jobs view shows where a followed job stands; true when that changed.</summary>
    private bool TrackProgress(JobLogUpdate update)
    {
        var progress = update.Outcome is null ? Engine.Ganeti.Jobs.JobProgress.Of(update.Entries) : null;
        if (Equals(_data.JobProgress.GetValueOrDefault(update.JobId), progress))
        {
            return false;
        }

        SetData(_data.WithJobProgress(update.JobId, progress));
        return true;
    }

    /// <summary>Ended jobs' logs are kept, so reopening one shows its end and Ganeti's message at once.</summary>
    private void KeepEnded(JobLogUpdate update)
    {
        if (update.Outcome is null)
        {
            return;
        }

        if (_endedLogs.Count >= MaxEndedLogs)
        {
            _endedLogs.Remove(_endedLogs.Keys.Min());
        }

        _endedLogs[update.JobId] = update;
    }

    /// <summary>A frame only when something on screen moved: the data's age, a toast, a running job's clock.</summary>
    private LoopOutcome HandleTick()
    {
        var expired = _toasts.Expire();
        var status = HeaderBuilder.Status(_data.Snapshot, _time.GetUtcNow()).Text;
        var aged = status != _lastStatus;
        _lastStatus = status;
        var clocks = Mode is ConsoleMode.JobLog or ConsoleMode.Runbook || (Mode == ConsoleMode.List && ActiveView is ViewKind.Jobs or ViewKind.Verify);
        return expired || aged || clocks ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
    }
}
