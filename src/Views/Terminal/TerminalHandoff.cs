namespace GntTui.Views.Terminal;

/// <summary>
/// Lends the terminal to another program and takes it back: the input thread stops reading
/// (parked, so none of the program's keys are lost to it), the console's modes are undone (main
/// screen, cursor, cooked input), the program runs, then the console's modes return. The caller
/// repaints (<see cref="LoopEvent.Handoff"/> does). Loop thread only.
/// </summary>
public sealed class TerminalHandoff(TerminalSession session, InputReader input, ITerminal terminal)
{
    /// <param name="banner">A line said on the main screen before the program starts (what it is, how to get back).</param>
    public T Run<T>(string banner, Func<T> program)
    {
        ArgumentNullException.ThrowIfNull(program);
        input.Pause();
        session.Restore();
        try
        {
            terminal.Write(banner + "\r\n");
            terminal.Flush();
            return program();
        }
        finally
        {
            session.Enter();
            input.Resume();
        }
    }
}
