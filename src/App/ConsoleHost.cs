using System.Collections.Concurrent;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.App;

/// <summary>
/// Runs the console: the terminal session, the event loop, the refresh loop and job followers,
/// and turns the console's intents into Engine calls. Thin on purpose: decisions live in the
/// Engine (what to run) and in the Views (what to show).
/// </summary>
internal sealed class ConsoleHost
{
    private readonly Session _session;
    private readonly ConsoleOptions _options;
    private readonly ConcurrentDictionary<long, CancellationTokenSource> _followers = new();
    private readonly CancellationTokenSource _stop = new();
    private EventLoop? _loop;
    private Action<JobNotification>? _notify;
    private OperationsController? _operations;

    public ConsoleHost(Session session, ConsoleOptions options)
    {
        _session = session;
        _options = options;
    }

    public async Task<int> RunAsync(CancellationToken ct)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _stop.Token);
        using var terminal = new ConsoleTerminal();
        using var session = new TerminalSession(terminal);
        session.SignalReceived += e =>
        {
            // Ctrl-C and friends end the console cleanly; the session restores the terminal.
            e.Cancel = true;
            _stop.Cancel();
            _loop?.Stop();
        };
        var app = new ConsoleApp(_options, OnIntent, _session.Monitor.Current);
        using var loop = new EventLoop(terminal, app);
        _loop = loop;
        var input = new InputReader(loop.PostKey, e => loop.Post(new LoopEvent.InputFailed(e)));
        _session.Monitor.SnapshotPublished += loop.Post;
        await using var sampler = new DrbdSampler(_session.Target.NodeShells.Get);
        using var drbd = new DrbdMonitor(_session.Target.Name, _session.Client, sampler, _session.Store is null ? null : new DrbdHistory(_session.Store));
        _session.Monitor.SnapshotPublished += drbd.OnClusterSnapshot;
        drbd.SnapshotPublished += loop.Post;
        drbd.EventRaised += e => OnDrbdEvent(terminal, loop, e);
        foreach (var notice in _session.StartupNotices)
        {
            loop.Post(notice);
        }

        session.Enter();
        input.Start();
        var refresh = Task.Run(() => _session.Monitor.RunAsync(linked.Token), CancellationToken.None);
        _operations = new OperationsController(Services(terminal, drbd), loop.Post, linked.Token);
        _operations.Start();
        var drbdRun = Task.Run(() => drbd.RunAsync(linked.Token), CancellationToken.None);
        try
        {
            await loop.RunAsync(linked.Token);
        }
        finally
        {
            _stop.Cancel();
            input.Stop();
            session.Restore();
            foreach (var f in _followers.Values)
            {
                await f.CancelAsync();
            }
            await IgnoreCancellation(refresh);
            await IgnoreCancellation(_operations.WhenIdle());
            await IgnoreCancellation(drbdRun);
        }
        return 0;
    }

    /// <summary>A resync finishing, stalling, or a split brain: said on screen, and rung like a bell.</summary>
    private void OnDrbdEvent(ITerminal terminal, EventLoop loop, DrbdMonitorEvent e)
    {
        var level = e.Kind == DrbdMonitorEventKind.ResyncFinished ? ToastLevel.Info : ToastLevel.Error;
        loop.Post(new Notice(e.Message, level));
        if (_session.Target.Config.Notify)
        {
            Ring(terminal, new JobNotification("gnt-tui: " + _session.Target.Name, e.Message));
        }
    }

    private OperationServices Services(ITerminal terminal, DrbdMonitor drbd)
    {
        _notify = _session.Target.Config.Notify ? n => Ring(terminal, n) : null;
        return new(_session.Client, _session.Target.Name, _session.Runner, _session.Audit, _session.Runbooks,
            () => _session.Monitor.Current, _session.Monitor.RefreshAsync, () => drbd.Current)
        {
            Notify = _notify,
        };
    }

    /// <summary>Bell, OSC 9 and OSC 777: whichever the terminal knows. A frame is one locked write, so this never splits one.</summary>
    private static void Ring(ITerminal terminal, JobNotification notification)
    {
        terminal.Write(notification.Render(NotificationChannels.Bell | NotificationChannels.Osc9 | NotificationChannels.Osc777));
        terminal.Flush();
    }

    private void OnIntent(ConsoleIntent intent)
    {
        if (_operations?.Handle(intent) == true)
        {
            return;
        }

        switch (intent)
        {
            case ConsoleIntent.Refresh:
                _ = Task.Run(() => _session.Monitor.RefreshAsync(_stop.Token));
                break;
            case ConsoleIntent.FollowJob f when _operations?.TryShowOwnLog(f.JobId) != true:
                Follow(f.JobId);
                break;
            case ConsoleIntent.StopFollowing s:
                if (_followers.TryRemove(s.JobId, out var cts))
                {
                    cts.Cancel();
                }
                break;
            case ConsoleIntent.Quit:
                _stop.Cancel();
                _loop?.Stop();
                break;
        }
    }

    private void Follow(long jobId)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        if (!_followers.TryAdd(jobId, cts))
        {
            cts.Dispose();
            return;
        }
        _ = Task.Run(async () =>
        {
            var log = new List<JobLogEntry>();
            try
            {
                var outcome = await new JobFollower(_session.Client).FollowAsync(jobId, entry =>
                {
                    lock (log)
                    {
                        log.Add(entry);
                        _loop?.Post(new JobLogUpdate(jobId, [.. log], null, null));
                    }
                    return ValueTask.CompletedTask;
                }, cts.Token);
                _loop?.Post(new JobLogUpdate(jobId, outcome.Log, outcome, null));

                // Someone else's job, watched to its end in the log view: rung like ours.
                _notify?.Invoke(JobNotification.ForOutcome(null, outcome));
            }
            catch (OperationCanceledException)
            {
                // The user closed the log.
            }
            catch (Exception e) when (e is Engine.Remote.RemoteShellException or Engine.Ganeti.GanetiException)
            {
                _loop?.Post(new JobLogUpdate(jobId, [.. log], null, e.Message));
            }
            finally
            {
                _followers.TryRemove(jobId, out _);
            }
        });
    }

    private static async Task IgnoreCancellation(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }
}
