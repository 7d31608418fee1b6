using System.Text;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>A one-line chart of recent values (▁▂▃▄▅▆▇█), newest on the right: resync speed, load.</summary>
public static class Sparkline
{
    private static readonly char[] Levels = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

    /// <summary>
    /// The last <paramref name="width"/> values, scaled from <paramref name="min"/> to
    /// <paramref name="max"/> (the largest value when null). Missing samples (NaN) are blanks,
    /// so a gap in the data shows as a gap.
    /// </summary>
    public static string Format(IReadOnlyList<double> values, int width, double? max = null, double min = 0)
    {
        if (width <= 0)
        {
            return "";
        }

        var start = Math.Max(0, values.Count - width);
        var top = max ?? MaxOf(values, start);
        var range = top - min;
        var sb = new StringBuilder(width);
        sb.Append(' ', width - (values.Count - start));
        for (var i = start; i < values.Count; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                sb.Append(' ');
                continue;
            }

            var level = range > 0 ? Math.Clamp((v - min) / range, 0, 1) : 0;
            sb.Append(Levels[(int)Math.Round(level * (Levels.Length - 1))]);
        }

        return sb.ToString();
    }

    public static void Render(Screen screen, int x, int y, int width, IReadOnlyList<double> values, Theme theme, double? max = null) =>
        screen.Write(x, y, Format(values, width, max), theme[StyleRole.Sparkline], width);

    private static double MaxOf(IReadOnlyList<double> values, int start)
    {
        var max = double.NegativeInfinity;
        for (var i = start; i < values.Count; i++)
        {
            if (!double.IsNaN(values[i]) && values[i] > max)
            {
                max = values[i];
            }
        }

        return double.IsNegativeInfinity(max) ? 0 : max;
    }
}
