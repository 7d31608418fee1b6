namespace GntTui.Views.Terminal;

public readonly record struct TerminalSize(int Width, int Height)
{
    /// <summary>What we assume when the terminal will not say (output redirected, no tty).</summary>
    public static TerminalSize Fallback => new(80, 24);

    public override string ToString() => $"{Width}x{Height}";
}
