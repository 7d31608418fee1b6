using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Screens.Shell;

/// <summary>The rule above a list, k9s style: "──── Instances [12/20000] &lt;/web&gt; ────".</summary>
internal static class TitleLine
{
    public static void Render(Screen screen, Rect line, Theme theme, string title)
    {
        if (line.IsEmpty)
        {
            return;
        }

        var border = theme[StyleRole.Border];
        screen.Fill(line.TakeTop(1), border, '─');
        var text = " " + TextWidth.Truncate(title, Math.Max(0, line.Width - 6)) + " ";
        var width = TextWidth.Measure(text);
        screen.Write(line.X + Math.Max(0, (line.Width - width) / 2), line.Y, text, theme[StyleRole.Accent].With(CellAttributes.Bold));
    }
}
