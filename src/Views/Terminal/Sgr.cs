namespace GntTui.Views.Terminal;

/// <summary>Encodes the smallest SGR sequence that takes the terminal from one style to another.</summary>
internal static class Sgr
{
    public static void Transition(AnsiBuffer buffer, CellStyle? from, CellStyle to)
    {
        if (from == to)
        {
            return;
        }

        buffer.AppendAscii("\e[");
        if (from is null || to == CellStyle.Default)
        {
            buffer.Append((byte)'0');
            if (to != CellStyle.Default)
            {
                AppendAll(buffer, to);
            }

            buffer.Append((byte)'m');
            return;
        }

        var old = from.Value;
        var first = true;
        var removed = old.Attributes & ~to.Attributes;
        var readd = CellAttributes.None;
        if ((removed & (CellAttributes.Bold | CellAttributes.Dim)) != 0)
        {
            // SGR 22 clears bold and dim together; whichever is still wanted is set again below.
            Code(buffer, 22, ref first);
            readd = to.Attributes & (CellAttributes.Bold | CellAttributes.Dim);
        }

        if ((removed & CellAttributes.Italic) != 0)
        {
            Code(buffer, 23, ref first);
        }

        if ((removed & CellAttributes.Underline) != 0)
        {
            Code(buffer, 24, ref first);
        }

        if ((removed & CellAttributes.Reverse) != 0)
        {
            Code(buffer, 27, ref first);
        }

        Attributes(buffer, (to.Attributes & ~old.Attributes) | readd, ref first);
        if (old.Foreground != to.Foreground)
        {
            ColorCode(buffer, to.Foreground, foreground: true, ref first);
        }

        if (old.Background != to.Background)
        {
            ColorCode(buffer, to.Background, foreground: false, ref first);
        }

        buffer.Append((byte)'m');
    }

    private static void AppendAll(AnsiBuffer buffer, CellStyle style)
    {
        var first = false; // follows the "0" already written
        Attributes(buffer, style.Attributes, ref first);
        if (!style.Foreground.IsDefault)
        {
            ColorCode(buffer, style.Foreground, foreground: true, ref first);
        }

        if (!style.Background.IsDefault)
        {
            ColorCode(buffer, style.Background, foreground: false, ref first);
        }
    }

    private static void Attributes(AnsiBuffer buffer, CellAttributes attributes, ref bool first)
    {
        if ((attributes & CellAttributes.Bold) != 0)
        {
            Code(buffer, 1, ref first);
        }

        if ((attributes & CellAttributes.Dim) != 0)
        {
            Code(buffer, 2, ref first);
        }

        if ((attributes & CellAttributes.Italic) != 0)
        {
            Code(buffer, 3, ref first);
        }

        if ((attributes & CellAttributes.Underline) != 0)
        {
            Code(buffer, 4, ref first);
        }

        if ((attributes & CellAttributes.Reverse) != 0)
        {
            Code(buffer, 7, ref first);
        }
    }

    private static void ColorCode(AnsiBuffer buffer, Color color, bool foreground, ref bool first)
    {
        switch (color.Kind)
        {
            case ColorKind.Default:
                Code(buffer, foreground ? 39 : 49, ref first);
                break;
            case ColorKind.Ansi16:
                var baseCode = color.Value < 8 ? (foreground ? 30 : 40) : (foreground ? 90 - 8 : 100 - 8);
                Code(buffer, baseCode + color.Value, ref first);
                break;
            case ColorKind.Indexed256:
                Code(buffer, foreground ? 38 : 48, ref first);
                Code(buffer, 5, ref first);
                Code(buffer, color.Value, ref first);
                break;
            default:
                Code(buffer, foreground ? 38 : 48, ref first);
                Code(buffer, 2, ref first);
                Code(buffer, color.R, ref first);
                Code(buffer, color.G, ref first);
                Code(buffer, color.B, ref first);
                break;
        }
    }

    private static void Code(AnsiBuffer buffer, int code, ref bool first)
    {
        if (!first)
        {
            buffer.Append((byte)';');
        }

        first = false;
        buffer.AppendNumber(code);
    }
}
