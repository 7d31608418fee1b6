namespace GntTui.Views.Terminal;

/// <summary>
/// The one place output reaches the terminal. Real: <see cref="ConsoleTerminal"/>; tests keep
/// an in-memory one of their own. Implementations must accept writes from any thread, because the
/// restore path runs on signal and crash threads.
/// </summary>
public interface ITerminal
{
    TerminalSize Size { get; }

    /// <summary>Raised (on any thread) when the size changes.</summary>
    event EventHandler<TerminalSize>? SizeChanged;

    void Write(ReadOnlySpan<byte> bytes);

    void Write(string text);

    void Flush();

    /// <summary>Raw-ish input: Ctrl+C arrives as a key instead of killing the process.</summary>
    void SetRawInput(bool enabled);
}
