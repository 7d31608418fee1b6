using System.Text;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// A progress bar with eighth-of-a-cell precision (▏▎▍▌▋▊▉█), so a 20-cell resync bar still moves
/// visibly every 0.6%. Mono themes get an ASCII bar whose empty part is drawn, since without
/// colour a track of spaces would be invisible.
/// </summary>
public static class ProgressBar
{
    private static readonly string[] Eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

    /// <summary>The block-glyph bar, padded with spaces to <paramref name="width"/>.</summary>
    public static string Blocks(double fraction, int width)
    {
        if (width <= 0)
        {
            return "";
        }

        var total = (int)Math.Round(Clamp(fraction) * width * 8);
        var full = total / 8;
        var rest = total % 8;
        var sb = new StringBuilder(width);
        sb.Append('█', full);
        if (rest > 0)
        {
            sb.Append(Eighths[rest]);
        }

        sb.Append(' ', width - full - (rest > 0 ? 1 : 0));
        return sb.ToString();
    }

    /// <summary>The mono fallback: '#' for done, '.' for to do.</summary>
    public static string Ascii(double fraction, int width)
    {
        if (width <= 0)
        {
            return "";
        }

        var full = (int)Math.Round(Clamp(fraction) * width);
        return new string('#', full) + new string('.', width - full);
    }

    public static void Render(Screen screen, int x, int y, int width, double fraction, Theme theme)
    {
        if (width <= 0)
        {
            return;
        }

        if (theme.IsMono)
        {
            var ascii = Ascii(fraction, width);
            var done = ascii.IndexOf('.', StringComparison.Ordinal) is var i and >= 0 ? i : width;
            screen.Write(x, y, ascii.AsSpan(0, done), theme.ProgressFill);
            screen.Write(x + done, y, ascii.AsSpan(done), theme.ProgressEmpty);
            return;
        }

        // The partial glyph's unfilled part shows its background, so the fill style carries the track colour.
        var blocks = Blocks(fraction, width);
        var filled = blocks.TrimEnd(' ').Length;
        var fill = theme.ProgressFill;
        if (fill.Background.IsDefault)
        {
            fill = fill.WithBackground(theme.ProgressEmpty.Background);
        }

        screen.Write(x, y, blocks.AsSpan(0, filled), fill);
        screen.Write(x + filled, y, blocks.AsSpan(filled), theme.ProgressEmpty);
    }

    private static double Clamp(double fraction) => double.IsNaN(fraction) ? 0 : Math.Clamp(fraction, 0, 1);
}
