using GntTui.Views.Live;
using GntTui.Views.Terminal;

namespace GntTui.App;

/// <summary>
/// Composes the console: the terminal session and event loop (Views) over the clusters' consoles
/// (each a live session of the Engine, its events fed to the loop and its intents routed to it).
/// </summary>
internal static class ConsoleHost
{
    public static async Task<int> RunAsync(Func<Action, TerminalHandoff, ClusterConsoles> compose, CancellationToken ct)
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
        await using var consoles = compose(Quit, new TerminalHandoff(session, input, terminal));
        using var loop = new EventLoop(terminal, consoles);
        running = loop;
        session.Enter();
        input.Start();
        consoles.Start(loop.Post);
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
