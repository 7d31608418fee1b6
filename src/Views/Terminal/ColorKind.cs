namespace GntTui.Views.Terminal;

/// <summary>How much of the terminal's palette a <see cref="Color"/> needs.</summary>
public enum ColorKind : byte
{
    Default,
    Ansi16,
    Indexed256,
    Rgb,
}
