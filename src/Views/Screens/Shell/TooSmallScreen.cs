using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Screens.Shell;

/// <summary>What a terminal too small for the tables shows instead of a garbled frame.</summary>
internal static class TooSmallScreen
{
    public const int MinWidth = 60;
    public const int MinHeight = 12;

    public static bool Applies(Screen screen) => screen.Width < MinWidth || screen.Height < MinHeight;

    /// <summary>Keys wait while the terminal is too small (a size not yet known is not too small).</summary>
    public static bool Applies(TerminalSize size) => size.Width > 0 && (size.Width < MinWidth || size.Height < MinHeight);

    public static void Render(Screen screen, Theme theme)
    {
        screen.Fill(screen.Bounds, theme.Normal);
        string[] lines =
        [
            "terminal too small",
            $"{screen.Width}x{screen.Height}, need {MinWidth}x{MinHeight}",
            "enlarge the window · q quits",
        ];
        var top = Math.Max(0, (screen.Height - lines.Length) / 2);
        for (var i = 0; i < lines.Length && top + i < screen.Height; i++)
        {
            var width = TextWidth.Measure(lines[i]);
            var x = Math.Max(0, (screen.Width - width) / 2);
            screen.Write(x, top + i, lines[i], i == 0 ? theme.Warning.With(CellAttributes.Bold) : theme.Muted);
        }
    }
}
