namespace GntTui.Views.Terminal;

/// <summary>The key of a <see cref="KeyEvent"/>; printable text is <see cref="Char"/> with the rune set.</summary>
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
}
