namespace GntTui.Views.Terminal;

/// <summary>
/// The key of a <see cref="KeyEvent"/>; printable text is <see cref="Char"/> with the rune set, and a
/// bracketed paste is one <see cref="Paste"/> carrying the pasted text.
/// </summary>
public enum Key
{
    None,
    Char,
    Enter,
    Escape,
    Backspace,
    Tab,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
    Insert,
    Delete,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    F11,
    F12,

    /// <summary>Text the terminal pasted: never a key press, whatever characters it holds.</summary>
    Paste,
}
