using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// Key: value lines with the keys in one column and long values wrapped under their value column,
/// scrollable. Wrapping depends on the width, so the scroll range is settled while painting.
/// </summary>
public sealed class DetailPane : IScrollable
{
    private IReadOnlyList<DetailLine> _lines = [];
    private int _viewportHeight = 1;
    private int _totalRows;

    public string? Title { get; set; }

    public IReadOnlyList<DetailLine> Lines => _lines;

    public int ScrollOffset { get; private set; }

    public void SetLines(IReadOnlyList<DetailLine> lines, bool keepScroll = true)
    {
        _lines = lines;
        if (!keepScroll)
        {
            ScrollOffset = 0;
        }
    }

    public void ScrollBy(int rows) => ScrollOffset = Math.Clamp(ScrollOffset + rows, 0, MaxScroll());

    public void PageDown() => ScrollBy(Math.Max(1, _viewportHeight - 1));

    public void PageUp() => ScrollBy(-Math.Max(1, _viewportHeight - 1));

    public void ScrollToStart() => ScrollOffset = 0;

    public void ScrollToEnd() => ScrollOffset = MaxScroll();

    public void Scroll(ScrollCommand command) => command.Apply(() => ScrollBy(-1), () => ScrollBy(1), PageUp, PageDown, ScrollToStart, ScrollToEnd);

    public void Render(Screen screen, Rect area, Theme theme)
    {
        if (area.IsEmpty)
        {
            return;
        }

        screen.Fill(area, theme.Normal);
        var body = area;
        if (Title is { } title)
        {
            screen.Write(area.X, area.Y, TextWidth.Truncate(title, area.Width), theme[StyleRole.HeaderTitle].WithBackground(theme.Normal.Background));
            body = area.SkipTop(1);
        }

        var rows = Layout(body.Width);
        _viewportHeight = Math.Max(1, body.Height);
        _totalRows = rows.Count;
        ScrollOffset = Math.Clamp(ScrollOffset, 0, MaxScroll());
        for (var i = 0; i < body.Height && ScrollOffset + i < rows.Count; i++)
        {
            var (keyText, valueText, keyColumn, line) = rows[ScrollOffset + i];
            var y = body.Y + i;
            if (line.IsHeading)
            {
                screen.Write(body.X, y, keyText, theme[line.ValueRole].With(CellAttributes.Bold), body.Width);
                continue;
            }

            screen.Write(body.X, y, keyText, theme.Muted, keyColumn);
            screen.Write(body.X + keyColumn, y, valueText, theme[line.ValueRole], body.Width - keyColumn);
        }
    }

    private int MaxScroll() => Math.Max(0, _totalRows - _viewportHeight);

    private List<(string Key, string Value, int KeyColumn, DetailLine Line)> Layout(int width)
    {
        var keyWidth = _lines.Where(l => !l.IsHeading).Select(l => TextWidth.Measure(l.Key)).DefaultIfEmpty(0).Max();

        // Keys may take at most a third of a narrow pane; longer keys are truncated.
        keyWidth = Math.Min(keyWidth, Math.Max(4, width / 3));
        var keyColumn = keyWidth == 0 ? 0 : keyWidth + 2;
        var valueWidth = Math.Max(1, width - keyColumn);
        var rows = new List<(string, string, int, DetailLine)>();
        foreach (var line in _lines)
        {
            if (line.IsHeading)
            {
                rows.Add((line.Key, "", keyColumn, line));
                continue;
            }

            var key = line.Key.Length == 0 ? "" : TextWidth.Truncate(line.IsItem ? line.Key : line.Key + ":", keyWidth + 1);
            var wrapped = TextWrap.Wrap(line.Value, valueWidth);
            for (var i = 0; i < wrapped.Count; i++)
            {
                rows.Add((i == 0 ? key : "", wrapped[i], keyColumn, line));
            }
        }

        return rows;
    }
}
