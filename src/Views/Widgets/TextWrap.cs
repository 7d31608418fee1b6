using System.Text;
using GntTui.Views.Terminal;

namespace GntTui.Views.Widgets;

/// <summary>Word wrapping by display width; words longer than a line are broken, newlines are kept.</summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        if (width <= 0)
        {
            return lines;
        }

        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(paragraph, width, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, int width, List<string> lines)
    {
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var word in paragraph.Split(' '))
        {
            var wordWidth = TextWidth.Measure(word);
            var needed = lineWidth == 0 ? wordWidth : lineWidth + 1 + wordWidth;
            if (needed <= width)
            {
                if (lineWidth > 0)
                {
                    line.Append(' ');
                }

                line.Append(word);
                lineWidth = needed;
                continue;
            }

            if (lineWidth > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
            }

            var rest = word;
            while (TextWidth.Measure(rest) > width)
            {
                var (head, tail) = Split(rest, width);
                lines.Add(head);
                rest = tail;
            }

            line.Append(rest);
            lineWidth = TextWidth.Measure(rest);
        }

        lines.Add(line.ToString());
    }

    // Longest prefix that fits, never splitting a grapheme; at least one grapheme so it progresses.
    private static (string Head, string Tail) Split(string text, int width)
    {
        var span = text.AsSpan();
        var index = 0;
        var used = 0;
        while (index < span.Length)
        {
            var length = TextWidth.NextGraphemeLength(span[index..]);
            var w = TextWidth.DisplayWidth(span.Slice(index, length));
            if (used + w > width && index > 0)
            {
                break;
            }

            used += w;
            index += length;
        }

        return (text[..index], text[index..]);
    }
}
