using GntTui.Engine.Live;
using GntTui.Views.Live;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;

namespace GntTui.App;

/// <summary>
/// Composes the console: the terminal session and event loop (Views) over a live session (Engine),
/// its events fed to the loop and the console's intents routed to its operation center.
/// </summary>
internal static class ConsoleHost
{
    public static async Task<int> RunAsync(LiveSession live, ConsoleOptions options, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var terminal = new ConsoleTerminal();
        using var session = new TerminalSession(terminal);
        EventLoop? running = null;
        void Quit()
        {
            stop.Cancel();
            running?.Stop();
        }

        // Ctrl-C and friends end the console cleanly; the session restores the terminal.
        session.SignalReceived += e =>
        {
            e.Cancel = true;
            Quit();
        };
        var input = new InputReader(k => running?.PostKey(k), e => running?.Post(new LoopEvent.InputFailed(e)));
        var objects = new ObjectDesk(live.Target.Client, e => running?.Post(e), new TerminalHandoff(session, input, terminal), stop.Token);
        var app = new ConsoleApp(options, new IntentRouter(live.Operations, Quit, objects).Handle, live.Monitor.Current);
        using var loop = new EventLoop(terminal, app);
        running = loop;
        app.CheckOffLoop(loop.Post);
        live.Published += new SessionFeed(loop.Post, live.Target.Config.Notify).On;
        session.Enter();
        input.Start();
        live.Start();
        try
        {
            await loop.RunAsync(stop.Token);
        }
        finally
        {
            input.Stop();
            session.Restore();
        }
        return session.ExitCode;
    }
}
