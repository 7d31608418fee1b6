using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>The top line. Badges are never truncated away before the context: they matter more.</summary>
public static class Header
{
    public static void Render(Screen screen, Rect line, Theme theme, HeaderContent content)
    {
        if (line.IsEmpty)
        {
            return;
        }

        var style = theme.Header;
        screen.Fill(line.TakeTop(1), style);
        var y = line.Y;
        var right = line.Right;
        if (content.Right is { } rightText)
        {
            var w = Math.Min(TextWidth.Measure(rightText), line.Width / 3);
            // One blank cell before it, so a clipped status never runs into the right-hand text.
            right -= w + 2;
            screen.Write(right + 1, y, TextWidth.Truncate(rightText, w), style, w);
        }

        var x = line.X + 1;
        x += screen.Write(x, y, content.Title, theme[StyleRole.HeaderTitle], right - x);
        foreach (var badge in content.Badges ?? [])
        {
            x += 1;
            x += screen.Write(x, y, $" {badge.Text} ", theme[badge.Role], right - x);
        }

        if (content.Status is { } status)
        {
            x += 2;
            var statusStyle = OnBackground(theme[content.StatusRole], style);
            x += screen.Write(x, y, status, statusStyle, right - x);
        }

        if (content.Context is { } context && right - x > 3)
        {
            x += 2;
            screen.Write(x, y, TextWidth.Truncate(context, right - x - 1), style, right - x);
        }
    }

    private static CellStyle OnBackground(CellStyle style, CellStyle bar) =>
        style.Background.IsDefault ? style.WithBackground(bar.Background) : style;
}
