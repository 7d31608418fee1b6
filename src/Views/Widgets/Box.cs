using GntTui.Views.Terminal;

namespace GntTui.Views.Widgets;

/// <summary>Bordered boxes for dialogs and overlays.</summary>
public static class Box
{
    /// <summary>Fills the rectangle, draws a border and an optional title in the top edge; returns the inside.</summary>
    public static Rect Draw(Screen screen, Rect area, CellStyle border, CellStyle fill, string? title = null, CellStyle? titleStyle = null)
    {
        if (area.Width < 2 || area.Height < 2)
        {
            screen.Fill(area, fill);
            return new Rect(area.X, area.Y, 0, 0);
        }

        screen.Fill(area, fill);
        var inner = area.Width - 2;
        var horizontal = new string('─', inner);
        screen.Write(area.X, area.Y, "┌" + horizontal + "┐", border);
        screen.Write(area.X, area.Bottom - 1, "└" + horizontal + "┘", border);
        for (var y = area.Y + 1; y < area.Bottom - 1; y++)
        {
            screen.Write(area.X, y, "│", border);
            screen.Write(area.Right - 1, y, "│", border);
        }

        if (!string.IsNullOrEmpty(title) && inner > 4)
        {
            var text = " " + TextWidth.Truncate(title, inner - 4) + " ";
            screen.Write(area.X + 2, area.Y, text, titleStyle ?? border);
        }

        return area.Inset(1);
    }
}
