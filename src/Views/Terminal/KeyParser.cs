using System.Buffers;
using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>
/// Decodes raw terminal input bytes (xterm, VT220, rxvt and Linux console sequences, UTF-8 text)
/// into <see cref="KeyEvent"/>s. Pure and stateless: <see cref="InputDecoder"/> feeds it the raw
/// reader's bytes and frames bracketed pastes around it.
/// </summary>
public static class KeyParser
{
    private const byte Esc = 0x1B;

    /// <summary>
    /// Decodes the key at the start of <paramref name="input"/>. Returns the bytes consumed, or 0
    /// when the input ends inside a sequence and more bytes may follow. With
    /// <paramref name="endOfInput"/> (the reader's escape timeout expired) a partial sequence is
    /// resolved instead: a lone ESC is the Escape key. An unrecognised sequence is consumed and
    /// yields <see cref="Key.None"/>.
    /// </summary>
    public static int TryParse(ReadOnlySpan<byte> input, out KeyEvent key, bool endOfInput = false)
    {
        key = default;
        if (input.IsEmpty)
        {
            return 0;
        }

        var b = input[0];
        if (b != Esc)
        {
            return ParsePlain(input, out key, endOfInput);
        }

        if (input.Length == 1)
        {
            return Resolve(endOfInput, new KeyEvent(Key.Escape), 1, out key);
        }

        switch (input[1])
        {
            case (byte)'[':
                return ParseCsi(input, out key, endOfInput);
            case (byte)'O':
                return ParseSs3(input, out key, endOfInput);
            case Esc:
                // ESC ESC is Escape pressed twice (or Escape then a sequence): take one at a time.
                key = new KeyEvent(Key.Escape);
                return 1;
        }

        // ESC followed by a key is how terminals send Alt+key.
        var inner = ParsePlain(input[1..], out var innerKey, endOfInput);
        if (inner == 0)
        {
            return 0;
        }

        key = innerKey.Key == Key.Char
            ? KeyEvent.Char(innerKey.Rune, innerKey.Modifiers | KeyModifiers.Alt)
            : new KeyEvent(innerKey.Key, innerKey.Modifiers | KeyModifiers.Alt);
        return 1 + inner;
    }

    /// <summary>Decodes a complete chunk of input, skipping unrecognised sequences.</summary>
    public static IReadOnlyList<KeyEvent> ParseAll(ReadOnlySpan<byte> input)
    {
        var keys = new List<KeyEvent>();
        while (!input.IsEmpty)
        {
            var consumed = TryParse(input, out var key, endOfInput: true);
            if (key.Key != Key.None)
            {
                keys.Add(key);
            }

            input = input[Math.Max(1, consumed)..];
        }

        return keys;
    }

    private static int Resolve(bool endOfInput, KeyEvent resolved, int consumed, out KeyEvent key)
    {
        key = endOfInput ? resolved : default;
        return endOfInput ? consumed : 0;
    }

    private static int ParsePlain(ReadOnlySpan<byte> input, out KeyEvent key, bool endOfInput)
    {
        var b = input[0];
        key = b switch
        {
            0x0D or 0x0A => new KeyEvent(Key.Enter),
            0x09 => new KeyEvent(Key.Tab),
            0x7F or 0x08 => new KeyEvent(Key.Backspace),
            Esc => new KeyEvent(Key.Escape),
            0x00 => KeyEvent.Char(' ', KeyModifiers.Ctrl),
            < 0x1B => KeyEvent.CtrlChar((char)('a' + b - 1)),
            < 0x20 => KeyEvent.CtrlChar((char)('\\' + b - 0x1C)),
            < 0x80 => KeyEvent.Char((char)b),
            _ => default,
        };
        if (b < 0x80)
        {
            return 1;
        }

        var status = Rune.DecodeFromUtf8(input, out var rune, out var consumed);
        switch (status)
        {
            case OperationStatus.Done:
                key = KeyEvent.Char(rune);
                return consumed;
            case OperationStatus.NeedMoreData:
                return Resolve(endOfInput, KeyEvent.Char(Rune.ReplacementChar), input.Length, out key);
            default:
                key = KeyEvent.Char(Rune.ReplacementChar);
                return Math.Max(1, consumed);
        }
    }

    private static int ParseSs3(ReadOnlySpan<byte> input, out KeyEvent key, bool endOfInput)
    {
        if (input.Length < 3)
        {
            return Resolve(endOfInput, KeyEvent.AltChar('O'), 2, out key);
        }

        key = new KeyEvent(input[2] switch
        {
            (byte)'A' => Key.Up,
            (byte)'B' => Key.Down,
            (byte)'C' => Key.Right,
            (byte)'D' => Key.Left,
            (byte)'H' => Key.Home,
            (byte)'F' => Key.End,
            (byte)'P' => Key.F1,
            (byte)'Q' => Key.F2,
            (byte)'R' => Key.F3,
            (byte)'S' => Key.F4,
            (byte)'M' => Key.Enter,
            _ => Key.None,
        });
        return 3;
    }

    private static int ParseCsi(ReadOnlySpan<byte> input, out KeyEvent key, bool endOfInput)
    {
        key = default;

        // Linux console: ESC [ [ A..E for F1..F5.
        if (input.Length >= 3 && input[2] == (byte)'[')
        {
            if (input.Length < 4)
            {
                return Resolve(endOfInput, KeyEvent.AltChar('['), 2, out key);
            }

            var f = input[3] - 'A';
            key = f is >= 0 and <= 4 ? new KeyEvent(Key.F1 + f) : default;
            return 4;
        }

        Span<int> parameters = stackalloc int[4];
        var count = 0;
        var current = -1;
        for (var i = 2; i < input.Length; i++)
        {
            var c = input[i];
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                current = (Math.Max(current, 0) * 10) + (c - '0');
                if (current > 1_000_000)
                {
                    current = 1_000_000;
                }
            }
            else if (c is (byte)';' or (byte)':')
            {
                if (count < parameters.Length)
                {
                    parameters[count++] = Math.Max(current, 0);
                }

                current = -1;
            }
            else if (c is >= 0x40 and <= 0x7E)
            {
                if (current >= 0 && count < parameters.Length)
                {
                    parameters[count++] = current;
                }

                key = CsiKey((char)c, parameters[..count]);
                return i + 1;
            }
            else if (c is < 0x20 or > 0x3F)
            {
                // Not a well-formed sequence: give up on it at this byte.
                return i;
            }
        }

        return Resolve(endOfInput, KeyEvent.AltChar('['), 2, out key);
    }

    private static KeyEvent CsiKey(char final, ReadOnlySpan<int> parameters)
    {
        var first = parameters.Length > 0 ? parameters[0] : 0;
        var modifiers = parameters.Length > 1 ? Modifiers(parameters[1]) : KeyModifiers.None;
        var key = final switch
        {
            'A' => Key.Up,
            'B' => Key.Down,
            'C' => Key.Right,
            'D' => Key.Left,
            'H' => Key.Home,
            'F' => Key.End,
            'P' => Key.F1,
            'Q' => Key.F2,
            'R' => Key.F3,
            'S' => Key.F4,
            'Z' => Key.Tab,
            '~' => TildeKey(first),
            'u' => Key.Char,
            _ => Key.None,
        };
        if (final == 'Z')
        {
            modifiers |= KeyModifiers.Shift;
        }

        return key == Key.Char ? CodepointKey(first, modifiers) : new KeyEvent(key, modifiers);
    }

    // The kitty keyboard protocol's CSI <codepoint> ; <modifiers> u form.
    private static KeyEvent CodepointKey(int codepoint, KeyModifiers modifiers) => codepoint switch
    {
        13 => new KeyEvent(Key.Enter, modifiers),
        9 => new KeyEvent(Key.Tab, modifiers),
        27 => new KeyEvent(Key.Escape, modifiers),
        127 or 8 => new KeyEvent(Key.Backspace, modifiers),
        _ when Rune.IsValid(codepoint) && codepoint >= 0x20 => KeyEvent.Char(new Rune(codepoint), modifiers),
        _ => default,
    };

    private static Key TildeKey(int code) => code switch
    {
        1 or 7 => Key.Home,
        2 => Key.Insert,
        3 => Key.Delete,
        4 or 8 => Key.End,
        5 => Key.PageUp,
        6 => Key.PageDown,
        >= 11 and <= 15 => Key.F1 + (code - 11),
        >= 17 and <= 21 => Key.F6 + (code - 17),
        23 => Key.F11,
        24 => Key.F12,
        _ => Key.None,
    };

    // xterm encodes modifiers as 1 + (shift | alt << 1 | ctrl << 2 | meta << 3).
    private static KeyModifiers Modifiers(int parameter)
    {
        var bits = Math.Max(0, parameter - 1);
        var modifiers = KeyModifiers.None;
        if ((bits & 1) != 0)
        {
            modifiers |= KeyModifiers.Shift;
        }

        if ((bits & (2 | 8)) != 0)
        {
            modifiers |= KeyModifiers.Alt;
        }

        if ((bits & 4) != 0)
        {
            modifiers |= KeyModifiers.Ctrl;
        }

        return modifiers;
    }
}
