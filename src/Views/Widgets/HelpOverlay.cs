using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// Every binding of a key map, grouped, in a scrollable box over the screen. Dangerous commands
/// carry a "!" so nobody learns a destructive key by accident.
/// </summary>
public sealed class HelpOverlay : IScrollable
{
    private int _viewportHeight = 1;
    private int _totalRows;

    public string Title { get; set; } = "Keys";

    public int ScrollOffset { get; private set; }

    public void ScrollBy(int rows) => ScrollOffset = Math.Clamp(ScrollOffset + rows, 0, MaxScroll());

    public void PageDown() => ScrollBy(Math.Max(1, _viewportHeight - 1));

    public void PageUp() => ScrollBy(-Math.Max(1, _viewportHeight - 1));

    public void ScrollToStart() => ScrollOffset = 0;

    public void ScrollToEnd() => ScrollOffset = MaxScroll();

    /// <summary>
    /// A move (whatever keys the key map binds to it) scrolls, and Space pages as in a pager; any
    /// other key closes (returns Cancelled).
    /// </summary>
    public PromptStatus HandleKey(KeyEvent key, ScrollCommand? move)
    {
        if (move is { } command)
        {
            Scroll(command);
            return PromptStatus.Pending;
        }

        if (key.Key == Key.Char && key.Rune.Value == ' ')
        {
            PageDown();
            return PromptStatus.Pending;
        }

        // Pasted text is not a key press: it must not close anything.
        return key.Key == Key.Paste ? PromptStatus.Pending : PromptStatus.Cancelled;
    }

    public void Scroll(ScrollCommand command) => command.Apply(() => ScrollBy(-1), () => ScrollBy(1), PageUp, PageDown, ScrollToStart, ScrollToEnd);

    public void Render(Screen screen, Rect area, Theme theme, KeyMap keys)
    {
        var rows = new List<(string Keys, string Text, bool Heading, bool Dangerous)>();
        foreach (var group in keys.Groups)
        {
            if (rows.Count > 0)
            {
                rows.Add(("", "", false, false));
            }

            rows.Add((group.Key, "", true, false));
            rows.AddRange(group.Select(b => (b.KeysText, b.Description, false, b.Dangerous)));
        }

        var keyWidth = rows.Where(r => !r.Heading).Select(r => TextWidth.Measure(r.Keys)).DefaultIfEmpty(0).Max();
        var textWidth = rows.Select(r => TextWidth.Measure(r.Text)).DefaultIfEmpty(0).Max();
        var width = Math.Min(area.Width, Math.Max(30, keyWidth + textWidth + 10));
        var height = Math.Min(area.Height, rows.Count + 4);
        var fill = theme.Dialog;
        var inner = Box.Draw(screen, area.Center(width, height), theme[StyleRole.DialogBorder], fill, Title,
            theme[StyleRole.DialogTitle]).Inset(1, 0).SkipTop(1).SkipBottom(1);
        _viewportHeight = Math.Max(1, inner.Height);
        _totalRows = rows.Count;
        ScrollOffset = Math.Clamp(ScrollOffset, 0, MaxScroll());
        var keyStyle = theme[StyleRole.HelpKey].WithBackground(fill.Background);
        for (var i = 0; i < inner.Height && ScrollOffset + i < rows.Count; i++)
        {
            var (keyText, text, heading, dangerous) = rows[ScrollOffset + i];
            var y = inner.Y + i;
            if (heading)
            {
                screen.Write(inner.X, y, keyText, theme[StyleRole.DialogTitle], inner.Width);
                continue;
            }

            screen.Write(inner.X + 1, y, keyText, keyStyle, keyWidth);
            var x = inner.X + keyWidth + 3;
            if (dangerous)
            {
                screen.Write(x - 2, y, "!", theme.Danger);
            }

            screen.Write(x, y, text, fill, inner.Right - x);
        }

        if (MaxScroll() > 0)
        {
            var more = $" {ScrollOffset + 1}-{Math.Min(rows.Count, ScrollOffset + inner.Height)}/{rows.Count} ";
            screen.Write(inner.Right - TextWidth.Measure(more), inner.Bottom, more, theme[StyleRole.DialogBorder]);
        }
    }

    private int MaxScroll() => Math.Max(0, _totalRows - _viewportHeight);
}
