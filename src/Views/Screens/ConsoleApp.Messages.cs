using GntTui.Engine.Drbd;
using GntTui.Engine.Model;
using GntTui.Views.Terminal;

namespace GntTui.Views.Screens;

/// <summary>What arrives from the App: snapshots, DRBD updates, job logs, notices; and the clock.</summary>
public sealed partial class ConsoleApp
{
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
                return _jobLog?.Apply(update) == true ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
            case Notice notice:
                _toasts.Show(notice.Text, notice.Level);
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
    }

    /// <summary>A frame only when something on screen moved: the data's age, a toast, a running job's clock.</summary>
    private LoopOutcome HandleTick()
    {
        var expired = _toasts.Expire();
        var status = HeaderBuilder.Status(_data.Snapshot, _time.GetUtcNow()).Text;
        var aged = status != _lastStatus;
        _lastStatus = status;
        var clocks = Mode == ConsoleMode.JobLog || (Mode == ConsoleMode.List && ActiveView == ViewKind.Jobs);
        return expired || aged || clocks ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
    }
}
