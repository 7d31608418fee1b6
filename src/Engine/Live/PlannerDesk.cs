using GntTui.Engine.Ganeti;
using GntTui.Engine.Planners;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Live;

/// <summary>
/// Ganeti's planners for one session: hbal's plan and hroller's groups on request, the watcher's
/// state and hspace's room polled slowly, and the watcher paused or continued (audited). Every
/// answer, or why there is none, is published; a planner that is not installed is said as such.
/// </summary>
internal sealed class PlannerDesk(OperationServices services, Action<SessionEvent> publish, AuditFeed audit, CancellationToken stop)
{
    private readonly PlannerClient _planners = new(services.Client.Shell);

    public async Task BalanceAsync(HbalOptions options)
    {
        try
        {
            var plan = await _planners.BalanceAsync(options, stop).ConfigureAwait(false);
            publish(new SessionEvent.BalancePlanned(options, plan, null, Now()));
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException or ArgumentException)
        {
            publish(new SessionEvent.BalancePlanned(options, null, e.Message, Now()));
        }
    }

    public async Task RollAsync(HrollerOptions options)
    {
        try
        {
            var plan = await _planners.RollAsync(options, stop).ConfigureAwait(false);
            publish(new SessionEvent.RollPlanned(options, plan, null, Now()));
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException or ArgumentException)
        {
            publish(new SessionEvent.RollPlanned(options, null, e.Message, Now()));
        }
    }

    public async Task WatcherAsync()
    {
        try
        {
            publish(new SessionEvent.WatcherRead(await _planners.WatcherAsync(stop).ConfigureAwait(false), null, Now()));
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException)
        {
            publish(new SessionEvent.WatcherRead(null, e.Message, Now()));
        }
    }

    public async Task CapacityAsync()
    {
        try
        {
            publish(new SessionEvent.CapacityRead(await _planners.CapacityAsync(stop).ConfigureAwait(false), null, Now()));
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException)
        {
            publish(new SessionEvent.CapacityRead(null, e.Message, Now()));
        }
    }

    /// <summary>The watcher every <paramref name="interval"/>, hspace at the <see cref="CapacityPace"/> (at most every fourth time), until the session stops.</summary>
    public async Task PollAsync(TimeSpan interval)
    {
        var pace = new CapacityPace(interval * 4);
        while (!stop.IsCancellationRequested)
        {
            await WatcherAsync().ConfigureAwait(false);
            var started = services.Time.GetUtcNow();
            if (pace.Due(started))
            {
                await CapacityAsync().ConfigureAwait(false);
                pace.Ran(started, services.Time.GetUtcNow());
            }

            await Task.Delay(interval, services.Time, stop).ConfigureAwait(false);
        }
    }

    /// <summary>Pauses (<paramref name="duration"/> given) or continues the watcher, audited; said either way.</summary>
    public async Task SetWatcherAsync(TimeSpan? duration, string reason)
    {
        var what = duration is null ? "watcher continue" : "watcher pause";
        if (services is not { Audit: { } log })
        {
            Say($"{what} not sent: operations are disabled (the state file is unavailable)", NoticeLevel.Error);
            return;
        }

        var control = new WatcherControl(services.Client, log, services.Cluster);
        try
        {
            var status = duration is { } d
                ? await control.PauseAsync(d, reason, stop).ConfigureAwait(false)
                : await control.ContinueAsync(reason, stop).ConfigureAwait(false);
            publish(new SessionEvent.WatcherRead(status, null, Now()));
            Say(status.Headline ?? "the watcher is no longer paused", NoticeLevel.Info);
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException or ArgumentException)
        {
            Say($"{what} not done: {e.Message}", NoticeLevel.Error);
        }

        audit.Publish();
    }

    private DateTimeOffset Now() => services.Time.GetUtcNow();

    private void Say(string text, NoticeLevel level) => publish(new SessionEvent.Notice(text, level));
}
