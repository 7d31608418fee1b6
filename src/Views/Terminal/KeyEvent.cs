using System.Globalization;
using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>
/// One key press, normalised so that equal presses compare equal whatever produced them: letters
/// with Ctrl are lower case ("Ctrl+c"), Shift is folded into printable characters ("Q", not
/// Shift+q) and kept only for keys it changes (Shift+Tab, Shift+Up). A bracketed paste is one
/// event of <see cref="Key.Paste"/> with its <see cref="Text"/>: no binding matches it and it is not
/// <see cref="IsText"/>, so pasted characters can never confirm, answer y or open anything; only text
/// fields take it, as text.
/// </summary>
public readonly record struct KeyEvent
{
    public KeyEvent(Key key, KeyModifiers modifiers = KeyModifiers.None)
        : this(key, default, modifiers)
    {
    }

    private KeyEvent(Key key, Rune rune, KeyModifiers modifiers, string? text = null)
    {
        Key = key;
        Rune = rune;
        Modifiers = modifiers;
        Text = text;
    }

    public Key Key { get; }

    /// <summary>The character, for <see cref="Key.Char"/>; otherwise U+0000.</summary>
    public Rune Rune { get; }

    public KeyModifiers Modifiers { get; }

    /// <summary>The pasted text, for <see cref="Key.Paste"/>; otherwise null.</summary>
    public string? Text { get; }

    public bool IsPaste => Key == Key.Paste;

    public bool IsChar => Key == Key.Char;

    public bool Ctrl => (Modifiers & KeyModifiers.Ctrl) != 0;

    public bool Alt => (Modifiers & KeyModifiers.Alt) != 0;

    public bool Shift => (Modifiers & KeyModifiers.Shift) != 0;

    /// <summary>True for a character a text field should insert (no Ctrl or Alt).</summary>
    public bool IsText => Key == Key.Char && (Modifiers & (KeyModifiers.Ctrl | KeyModifiers.Alt)) == 0;

    public static KeyEvent Char(Rune rune, KeyModifiers modifiers = KeyModifiers.None)
    {
        if ((modifiers & KeyModifiers.Ctrl) != 0)
        {
            rune = Rune.ToLowerInvariant(rune);
        }
        else if ((modifiers & KeyModifiers.Shift) != 0)
        {
            rune = Rune.ToUpperInvariant(rune);
        }

        modifiers &= ~KeyModifiers.Shift;

        return new KeyEvent(Key.Char, rune, modifiers);
    }

    /// <summary>A bracketed paste: the text as the terminal sent it, line breaks and all.</summary>
    public static KeyEvent Paste(string text) => new(Key.Paste, default, KeyModifiers.None, text);

    public static KeyEvent Char(char c, KeyModifiers modifiers = KeyModifiers.None) => Char(new Rune(c), modifiers);

    public static KeyEvent CtrlChar(char c) => Char(c, KeyModifiers.Ctrl);

    public static KeyEvent AltChar(char c) => Char(c, KeyModifiers.Alt);

    /// <summary>
    /// Parses the notation used in key maps and shown in help: "q", "Q", "?", "Space", "Enter",
    /// "Esc", "Tab", "Shift+Tab", "Ctrl+d", "Alt+x", "F5", "Up", "PgDn", "Ctrl+Up".
    /// </summary>
    public static KeyEvent Parse(string text)
    {
        if (TryParse(text, out var key))
        {
            return key;
        }

        throw new FormatException($"'{text}' is not a key (examples: q, Ctrl+d, Shift+Tab, F5, PgDn, Space)");
    }

    public static bool TryParse(string text, out KeyEvent key)
    {
        key = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var modifiers = KeyModifiers.None;
        var rest = text;
        while (rest.Length > 1)
        {
            var plus = rest.IndexOfAny(['+', '-'], 1);
            if (plus < 0)
            {
                break;
            }

            var modifier = rest[..plus].ToLowerInvariant() switch
            {
                "ctrl" or "control" => KeyModifiers.Ctrl,
                "alt" or "meta" => KeyModifiers.Alt,
                "shift" => KeyModifiers.Shift,
                _ => KeyModifiers.None,
            };
            if (modifier == KeyModifiers.None)
            {
                break;
            }

            modifiers |= modifier;
            rest = rest[(plus + 1)..];
        }

        var named = NamedKey(rest);
        if (named is not null)
        {
            key = named == Key.Char ? Char(' ', modifiers) : new KeyEvent(named.Value, modifiers);
            return true;
        }

        if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) == System.Buffers.OperationStatus.Done
            && consumed == rest.Length)
        {
            key = Char(rune, modifiers);
            return true;
        }

        return false;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Ctrl)
        {
            sb.Append("Ctrl+");
        }

        if (Alt)
        {
            sb.Append("Alt+");
        }

        if (Shift)
        {
            sb.Append("Shift+");
        }

        sb.Append(Key switch
        {
            Key.Char when Rune.Value == ' ' => "Space",
            Key.Char => Rune.ToString(),
            Key.Escape => "Esc",
            Key.PageUp => "PgUp",
            Key.PageDown => "PgDn",
            Key.Delete => "Del",
            Key.Insert => "Ins",
            Key.Paste => $"Paste({Text?.Length ?? 0} chars)",
            _ => Key.ToString(),
        });
        return sb.ToString();
    }

    private static Key? NamedKey(string name)
    {
        if (name.Length > 1 && (name[0] == 'F' || name[0] == 'f')
            && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12)
        {
            return Key.F1 + (n - 1);
        }

        return name.ToLowerInvariant() switch
        {
            "space" => Key.Char,
            "enter" or "return" => Key.Enter,
            "esc" or "escape" => Key.Escape,
            "backspace" or "bs" => Key.Backspace,
            "tab" => Key.Tab,
            "up" => Key.Up,
            "down" => Key.Down,
            "left" => Key.Left,
            "right" => Key.Right,
            "home" => Key.Home,
            "end" => Key.End,
            "pgup" or "pageup" => Key.PageUp,
            "pgdn" or "pagedown" => Key.PageDown,
            "ins" or "insert" => Key.Insert,
            "del" or "delete" => Key.Delete,
            _ => null,
        };
    }
}
