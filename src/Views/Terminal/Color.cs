using System.Globalization;

namespace GntTui.Views.Terminal;

/// <summary>
/// A terminal colour: the terminal's default, one of the 16 ANSI colours, the 256-colour palette,
/// or truecolor. Packed into one int so cells stay small and compare cheaply.
/// </summary>
public readonly record struct Color
{
    private static readonly string[] AnsiNames =
    [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "brightBlack", "brightRed", "brightGreen", "brightYellow",
        "brightBlue", "brightMagenta", "brightCyan", "brightWhite",
    ];

    private Color(ColorKind kind, int value)
    {
        Kind = kind;
        Value = value;
    }

    public ColorKind Kind { get; }

    /// <summary>ANSI index (0-15), palette index (0-255) or 0xRRGGBB, depending on <see cref="Kind"/>.</summary>
    public int Value { get; }

    public static Color Default => default;
    public static Color Black => Ansi(0);
    public static Color Red => Ansi(1);
    public static Color Green => Ansi(2);
    public static Color Yellow => Ansi(3);
    public static Color Blue => Ansi(4);
    public static Color Magenta => Ansi(5);
    public static Color Cyan => Ansi(6);
    public static Color White => Ansi(7);
    public static Color BrightBlack => Ansi(8);
    public static Color BrightRed => Ansi(9);
    public static Color BrightGreen => Ansi(10);
    public static Color BrightYellow => Ansi(11);
    public static Color BrightBlue => Ansi(12);
    public static Color BrightMagenta => Ansi(13);
    public static Color BrightCyan => Ansi(14);
    public static Color BrightWhite => Ansi(15);

    public bool IsDefault => Kind == ColorKind.Default;

    public byte R => (byte)(Value >> 16);
    public byte G => (byte)(Value >> 8);
    public byte B => (byte)Value;

    public static Color Ansi(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 15);
        return new(ColorKind.Ansi16, index);
    }

    public static Color Indexed(byte index) => new(ColorKind.Indexed256, index);

    public static Color Rgb(byte r, byte g, byte b) => new(ColorKind.Rgb, (r << 16) | (g << 8) | b);

    /// <summary>
    /// Parses "default", an ANSI name ("red", "brightRed", "bright-red", "gray"), a palette index
    /// ("0".."255") or "#rgb"/"#rrggbb". The error names the accepted forms, for theme files.
    /// </summary>
    public static bool TryParse(string? text, out Color color, out string? error)
    {
        color = Default;
        error = null;
        var s = text?.Trim() ?? "";
        if (s.Length == 0)
        {
            error = "empty colour";
            return false;
        }

        if (s.Equals("default", StringComparison.OrdinalIgnoreCase) || s.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (s[0] == '#')
        {
            return TryParseHex(s, out color, out error);
        }

        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            if (index is >= 0 and <= 255)
            {
                color = Indexed((byte)index);
                return true;
            }

            error = $"palette index {index} is outside 0-255";
            return false;
        }

        var key = s.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (key.Equals("gray", StringComparison.OrdinalIgnoreCase) || key.Equals("grey", StringComparison.OrdinalIgnoreCase))
        {
            color = BrightBlack;
            return true;
        }

        for (var i = 0; i < AnsiNames.Length; i++)
        {
            if (AnsiNames[i].Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                color = Ansi(i);
                return true;
            }
        }

        error = $"unknown colour '{s}' (use default, a name like red or brightRed, 0-255, or #rrggbb)";
        return false;
    }

    public static Color Parse(string text) =>
        TryParse(text, out var color, out var error) ? color : throw new FormatException(error);

    public override string ToString() => Kind switch
    {
        ColorKind.Default => "default",
        ColorKind.Ansi16 => AnsiNames[Value],
        ColorKind.Indexed256 => Value.ToString(CultureInfo.InvariantCulture),
        _ => $"#{Value:x6}",
    };

    private static bool TryParseHex(string s, out Color color, out string? error)
    {
        color = Default;
        error = null;
        var hex = s[1..];
        if (hex.Length == 3)
        {
            hex = string.Concat(hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]);
        }

        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            error = $"bad hex colour '{s}' (expected #rgb or #rrggbb)";
            return false;
        }

        color = new(ColorKind.Rgb, rgb);
        return true;
    }
}
