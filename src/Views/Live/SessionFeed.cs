using GntTui.Engine.Live;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Live;

/// <summary>
/// Turns a live session's events into what the console's screens understand, posted to the event
/// loop (any thread): snapshots as they are, job logs as <see cref="JobLogUpdate"/>, notices as
/// toasts, and the operator's attention as terminal bytes the loop writes (when the config wants them).
/// </summary>
public sealed class SessionFeed
{
    private readonly Action<LoopEvent> _post;
    private readonly bool _ring;

    /// <param name="post">The event loop's queue.</param>
    /// <param name="ring">Bell and desktop notification for <see cref="SessionEvent.Attention"/>; false when the config turns them off.</param>
    public SessionFeed(Action<LoopEvent> post, bool ring)
    {
        _post = post;
        _ring = ring;
    }

    public void On(SessionEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e)
        {
            case SessionEvent.Attention a:
                if (_ring)
                {
                    _post(new LoopEvent.TerminalBytes(NotificationBytes.Render(a.Notification, NotificationBytes.All)));
                }
                break;
            default:
                _post(new LoopEvent.Message(Message(e)));
                break;
        }
    }

    /// <summary>The console's message for an event (everything but <see cref="SessionEvent.Attention"/>).</summary>
    public static object Message(SessionEvent e) => e switch
    {
        SessionEvent.ClusterChanged c => c.Snapshot,
        SessionEvent.DrbdChanged d => d.Snapshot,
        SessionEvent.JobAccepted j => new JobSubmitted(j.Operation, j.JobId),
        SessionEvent.JobLog l => new JobLogUpdate(l.JobId, l.Log, null, null),
        SessionEvent.JobEnded d => new JobLogUpdate(d.JobId, d.Outcome.Log, d.Outcome, null),
        SessionEvent.JobLost x => new JobLogUpdate(x.JobId, x.Log, null, x.Error),
        SessionEvent.GroupChanged g => new GroupUpdate(g.GroupId, g.Status),
        SessionEvent.RunbookChanged r => r.State,
        SessionEvent.RollChanged r => r.State,
        SessionEvent.AuditChanged a => new AuditRows(a.Rows),
        SessionEvent.VerifyFinished v => new VerifyUpdate(v.Report, Running: false, v.Error),
        SessionEvent.BalancePlanned b => new BalanceUpdate(b.Options, b.Plan, b.Error, b.At),
        SessionEvent.RollPlanned r => new RollUpdate(r.Options, r.Plan, r.Error, r.At),
        SessionEvent.WatcherRead w => new WatcherUpdate(w.Status, w.Error, w.At),
        SessionEvent.CapacityRead c => new CapacityUpdate(c.Summary, c.Error, c.At),
        SessionEvent.Notice n => new Notice(n.Text, Level(n.Level)),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, "no console message for this event"),
    };

    private static ToastLevel Level(NoticeLevel level) => level switch
    {
        NoticeLevel.Info => ToastLevel.Info,
        NoticeLevel.Warning => ToastLevel.Warning,
        _ => ToastLevel.Error,
    };
}
