using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>Turns .NET's <see cref="ConsoleKeyInfo"/> into a normalised <see cref="KeyEvent"/>.</summary>
public static class ConsoleKeyMapper
{
    public static KeyEvent Map(ConsoleKeyInfo info) => Map(info, info.KeyChar);

    /// <summary>Maps a key whose character is a whole rune (a surrogate pair joined by the reader).</summary>
    public static KeyEvent Map(ConsoleKeyInfo info, Rune rune)
    {
        var modifiers = Modifiers(info.Modifiers);
        var special = Special(info.Key);
        if (special != Key.None)
        {
            return new KeyEvent(special, modifiers);
        }

        var c = rune.Value;

        // With Ctrl held, .NET reports the control code as the char and the letter as the key.
        if (info.Key is >= ConsoleKey.A and <= ConsoleKey.Z && (modifiers & KeyModifiers.Ctrl) != 0)
        {
            return KeyEvent.Char((char)('a' + (info.Key - ConsoleKey.A)), modifiers);
        }

        if (c is > 0 and < 0x1B)
        {
            return KeyEvent.Char((char)('a' + c - 1), modifiers | KeyModifiers.Ctrl);
        }

        if (c == 0 && info.Key == ConsoleKey.Spacebar)
        {
            return KeyEvent.Char(' ', modifiers);
        }

        if (c == 0 || c < 0x20 || c == 0x7F)
        {
            return default;
        }

        return KeyEvent.Char(rune, modifiers);
    }

    private static KeyEvent Map(ConsoleKeyInfo info, char c) =>
        char.IsSurrogate(c) ? Map(info, Rune.ReplacementChar) : Map(info, new Rune(c));

    private static Key Special(ConsoleKey key) => key switch
    {
        ConsoleKey.Enter => Key.Enter,
        ConsoleKey.Escape => Key.Escape,
        ConsoleKey.Backspace => Key.Backspace,
        ConsoleKey.Tab => Key.Tab,
        ConsoleKey.UpArrow => Key.Up,
        ConsoleKey.DownArrow => Key.Down,
        ConsoleKey.LeftArrow => Key.Left,
        ConsoleKey.RightArrow => Key.Right,
        ConsoleKey.Home => Key.Home,
        ConsoleKey.End => Key.End,
        ConsoleKey.PageUp => Key.PageUp,
        ConsoleKey.PageDown => Key.PageDown,
        ConsoleKey.Insert => Key.Insert,
        ConsoleKey.Delete => Key.Delete,
        >= ConsoleKey.F1 and <= ConsoleKey.F12 => Key.F1 + (key - ConsoleKey.F1),
        _ => Key.None,
    };

    private static KeyModifiers Modifiers(ConsoleModifiers modifiers)
    {
        var result = KeyModifiers.None;
        if ((modifiers & ConsoleModifiers.Shift) != 0)
        {
            result |= KeyModifiers.Shift;
        }

        if ((modifiers & ConsoleModifiers.Alt) != 0)
        {
            result |= KeyModifiers.Alt;
        }

        if ((modifiers & ConsoleModifiers.Control) != 0)
        {
            result |= KeyModifiers.Ctrl;
        }

        return result;
    }
}
