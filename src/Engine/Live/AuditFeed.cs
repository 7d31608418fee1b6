namespace GntTui.Engine.Live;

/// <summary>The audit trail published after each write; a burst of writes (a group's rows, a runbook's jobs) costs one read.</summary>
internal sealed class AuditFeed
{
    private const int RowsShown = 200;
    private static readonly TimeSpan Burst = TimeSpan.FromMilliseconds(300);
    private readonly OperationServices _services;
    private readonly Action<SessionEvent> _publish;
    private readonly WorkTracker _work;
    private readonly CancellationToken _stop;
    private int _pending;

    public AuditFeed(OperationServices services, Action<SessionEvent> publish, WorkTracker work, CancellationToken stop)
    {
        _services = services;
        _publish = publish;
        _work = work;
        _stop = stop;
    }

    public void Publish()
    {
        if (_services.Audit is not { } audit)
        {
            return;
        }

        try
        {
            _publish(new SessionEvent.AuditChanged(audit.Recent(RowsShown, _services.Cluster)));
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            _publish(new SessionEvent.Notice("cannot read the audit log: " + e.Message, NoticeLevel.Warning));
        }
    }

    public void PublishSoon()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        _work.Run(async () =>
        {
            try
            {
                await Task.Delay(Burst, _services.Time, _stop).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Exchange(ref _pending, 0);
            }

            Publish();
        });
    }
}
