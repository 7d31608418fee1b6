namespace GntTui.Views.Terminal;

/// <summary>Everything the UI loop reacts to arrives as one of these, through one queue.</summary>
public abstract record LoopEvent
{
    private LoopEvent()
    {
    }

    public sealed record KeyPressed(KeyEvent Key) : LoopEvent;

    /// <summary>The periodic tick: refreshes ages and clocks, expires toasts.</summary>
    public sealed record Tick(DateTimeOffset Now) : LoopEvent;

    /// <summary>The terminal changed size; the screen is already resized when the handler sees it.</summary>
    public sealed record Resized(TerminalSize Size) : LoopEvent;

    /// <summary>Anything from the rest of the app: a new snapshot, a job update, a DRBD sample.</summary>
    public sealed record Message(object Payload) : LoopEvent;

    /// <summary>
    /// Bytes for the terminal itself, not the screen (a bell, a desktop notification escape): the
    /// loop writes them between frames, as the terminal's only writer.
    /// </summary>
    public sealed record TerminalBytes(string Bytes) : LoopEvent;

    /// <summary>
    /// Something that needs the terminal to itself (an instance's console): the loop runs it and
    /// paints nothing meanwhile, then repaints the whole screen.
    /// </summary>
    public sealed record Handoff(Action Run) : LoopEvent;

    /// <summary>The input source failed (stdin closed); the handler usually quits.</summary>
    public sealed record InputFailed(Exception Error) : LoopEvent;

    /// <summary>A scheduled frame's time has come; also wakes the loop to stop (generation -1).</summary>
    internal sealed record RenderDue(int Generation) : LoopEvent;
}
