using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// A scrolling table with a selected row, multi-select marks and a sort indicator. It formats only
/// the rows in view, so a 20,000-row source costs the same to paint as a 20-row one. Sorting and
/// filtering are the source's business; the table shows which column is sorted.
/// </summary>
public sealed class Table : IScrollable
{
    private const string MarkGlyph = "✓";
    private readonly HashSet<string> _marked = new(StringComparer.Ordinal);
    private ITableSource _source = ListTableSource<string>.Empty;
    private const int PageBeforeFirstRender = 20;
    private TableCell[] _cells = [];

    // 0 until the first render: before that, selecting a row must not scroll it to the top.
    private int _viewportHeight;

    public Table(IReadOnlyList<TableColumn> columns)
    {
        Columns = columns;
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public ITableSource Source => _source;

    public int Count => _source.Count;

    /// <summary>The selected row, or -1 when the table is empty.</summary>
    public int SelectedIndex { get; private set; } = -1;

    public string? SelectedKey => SelectedIndex >= 0 ? _source.GetKey(SelectedIndex) : null;

    /// <summary>First row in view.</summary>
    public int TopIndex { get; private set; }

    public int? SortColumn { get; set; }

    public bool SortDescending { get; set; }

    /// <summary>Reserves a gutter for marks and enables <see cref="ToggleMark"/>.</summary>
    public bool MultiSelect { get; set; }

    public bool ShowHeader { get; set; } = true;

    public string EmptyText { get; set; } = "nothing to show";

    /// <summary>
    /// The cluster's domain ("example.com"): a name column too narrow for "node1.example.com" shows
    /// "node1" (the header names the cluster, domain and all), rather than "node1.exam…".
    /// </summary>
    public string? Domain { get; set; }

    public IReadOnlySet<string> MarkedKeys => _marked;

    private int PageSize => Math.Max(1, (_viewportHeight == 0 ? PageBeforeFirstRender : _viewportHeight) - 1);

    /// <summary>Rows formatted by the last <see cref="Render"/>: at most the viewport's height.</summary>
    public int LastRenderedRows { get; private set; }

    /// <summary>
    /// Swaps in new rows (a new snapshot, a new filter), keeping the selected row by key and its
    /// place on screen, and dropping marks of rows that are gone.
    /// </summary>
    public void SetSource(ITableSource source) => SetSource(source, SelectedKey);

    /// <summary>
    /// A source whose rows changed in place: <paramref name="selectedKey"/> is the row that was
    /// selected before the change, found again by <paramref name="find"/> (quicker than a scan; -1: gone).
    /// </summary>
    public void SetSource(ITableSource source, string? selectedKey, Func<string, int>? find = null)
    {
        var key = selectedKey;
        var offset = SelectedIndex - TopIndex;
        _source = source;
        var index = key is null ? -1 : find is not null ? find(key) : IndexOf(key);
        if (index < 0)
        {
            index = Math.Min(Math.Max(SelectedIndex, 0), source.Count - 1);
        }

        SelectedIndex = source.Count == 0 ? -1 : index;
        TopIndex = Math.Max(0, SelectedIndex - Math.Max(0, offset));
        PruneMarks();
    }

    public int IndexOf(string key)
    {
        for (var i = 0; i < _source.Count; i++)
        {
            if (string.Equals(_source.GetKey(i), key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public void Select(int index)
    {
        SelectedIndex = _source.Count == 0 ? -1 : Math.Clamp(index, 0, _source.Count - 1);
        EnsureVisible();
    }

    public bool SelectKey(string key)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            Select(index);
        }

        return index >= 0;
    }

    public void MoveBy(int rows) => Select(Math.Max(SelectedIndex, 0) + rows);

    public void MoveUp() => MoveBy(-1);

    public void MoveDown() => MoveBy(1);

    public void PageUp() => MoveBy(-PageSize);

    public void PageDown() => MoveBy(PageSize);

    public void MoveToStart() => Select(0);

    public void MoveToEnd() => Select(_source.Count - 1);

    public void Scroll(ScrollCommand command) => command.Apply(MoveUp, MoveDown, PageUp, PageDown, MoveToStart, MoveToEnd);

    /// <summary>Marks or unmarks the selected row and moves down, as in k9s and mc.</summary>
    public bool ToggleMark()
    {
        if (!MultiSelect || SelectedKey is not { } key)
        {
            return false;
        }

        if (!_marked.Remove(key))
        {
            _marked.Add(key);
        }

        MoveDown();
        return true;
    }

    public void MarkAll()
    {
        for (var i = 0; MultiSelect && i < _source.Count; i++)
        {
            _marked.Add(_source.GetKey(i));
        }
    }

    public void ClearMarks() => _marked.Clear();

    /// <summary>Marked keys, or the selected one when nothing is marked: what a bulk action applies to.</summary>
    public IReadOnlyList<string> TargetKeys() =>
        _marked.Count > 0 ? [.. _marked.Order(StringComparer.Ordinal)] : SelectedKey is { } key ? [key] : [];

    public void Render(Screen screen, Rect area, Theme theme)
    {
        LastRenderedRows = 0;
        if (area.IsEmpty)
        {
            return;
        }

        var gutter = MultiSelect ? 2 : 0;
        var widths = TableLayout.Compute(Columns, area.Width - gutter);
        var body = area;
        if (ShowHeader)
        {
            RenderHeader(screen, area.TakeTop(1), widths, gutter, theme);
            body = area.SkipTop(1);
        }

        _viewportHeight = Math.Max(1, body.Height);
        EnsureVisible();
        var last = Math.Min(_source.Count, TopIndex + body.Height);
        var cells = VisibleCells(TopIndex, last);
        var shorten = Shortening(cells, last - TopIndex, widths);
        for (var row = TopIndex; row < last; row++)
        {
            RenderRow(screen, new Rect(body.X, body.Y + row - TopIndex, body.Width, 1), row, cells.AsSpan((row - TopIndex) * Columns.Count, Columns.Count), widths, shorten, gutter, theme);
            LastRenderedRows++;
        }

        screen.Fill(body.SkipTop(LastRenderedRows), theme.Normal);
        if (_source.Count == 0 && !body.IsEmpty)
        {
            screen.Write(body.X + 1, body.Y, EmptyText, theme.Muted, body.Width - 1);
        }
    }

    private void RenderHeader(Screen screen, Rect line, int[] widths, int gutter, Theme theme)
    {
        var style = theme.TableHeader;
        screen.Fill(line, style);
        var x = line.X + gutter;
        for (var c = 0; c < Columns.Count; c++)
        {
            if (widths[c] <= 0)
            {
                continue;
            }

            var title = Columns[c].Title;
            if (SortColumn == c)
            {
                var arrow = SortDescending ? "▼" : "▲";
                title = TextWidth.Truncate(title, widths[c] - 1) + arrow;
            }

            WriteAligned(screen, x, line, title, widths[c], Columns[c].Align, style);
            x += widths[c] + 1;
        }
    }

    // Each visible cell is formatted once a frame, whether or not its column ends up shown.
    private TableCell[] VisibleCells(int first, int last)
    {
        var count = (last - first) * Columns.Count;
        if (_cells.Length < count)
        {
            _cells = new TableCell[count];
        }

        for (var row = first; row < last; row++)
        {
            for (var c = 0; c < Columns.Count; c++)
            {
                _cells[(row - first) * Columns.Count + c] = _source.GetCell(row, c);
            }
        }

        return _cells;
    }

    // A name column drops the domain from every name on screen as soon as one would not fit: a column
    // of "node1", "node2" reads better than "node1", "node12.example.com" side by side.
    private bool[] Shortening(TableCell[] cells, int rows, int[] widths)
    {
        var shorten = new bool[Columns.Count];
        if (Domain is not { Length: > 0 })
        {
            return shorten;
        }

        for (var c = 0; c < Columns.Count; c++)
        {
            if (!Columns[c].ShortensNames || widths[c] <= 0)
            {
                continue;
            }

            for (var r = 0; r < rows && !shorten[c]; r++)
            {
                shorten[c] = TextWidth.Measure(cells[r * Columns.Count + c].Text ?? "") > widths[c];
            }
        }

        return shorten;
    }

    private void RenderRow(Screen screen, Rect line, int row, ReadOnlySpan<TableCell> cells, int[] widths, bool[] shorten, int gutter, Theme theme)
    {
        var selected = row == SelectedIndex;
        var marked = _marked.Count > 0 && _marked.Contains(_source.GetKey(row));
        var rowRole = _source.GetRowRole(row);
        var rowStyle = selected ? theme.SelectedRow
            : marked ? theme[StyleRole.MarkedRow]
            : rowRole is { } r ? theme[r] : theme.Normal;
        screen.Fill(line, rowStyle);
        if (marked && gutter > 0)
        {
            screen.Write(line.X, line.Y, MarkGlyph, rowStyle, gutter);
        }

        var x = line.X + gutter;
        for (var c = 0; c < Columns.Count; c++)
        {
            if (widths[c] <= 0)
            {
                continue;
            }

            var cell = cells[c];
            var style = selected || cell.Role is not { } role ? rowStyle : Over(theme[role], rowStyle);
            var text = cell.Text ?? "";
            WriteAligned(screen, x, line, shorten[c] ? text.Replace("." + Domain, "", StringComparison.OrdinalIgnoreCase) : text, widths[c], Columns[c].Align, style);
            x += widths[c] + 1;
        }
    }

    // The line is already filled with the row's style, so only the text itself is written.
    private static void WriteAligned(Screen screen, int x, Rect line, string text, int width, ColumnAlign align, CellStyle style)
    {
        width = Math.Min(width, line.Right - x);
        var cut = TextWidth.Truncate(text, width);
        if (align == ColumnAlign.Right)
        {
            x += width - TextWidth.Measure(cut);
        }

        screen.Write(x, line.Y, cut, style, width);
    }

    // A status colour on a marked or muted row keeps the row's background where it sets none.
    private static CellStyle Over(CellStyle top, CellStyle row) => new(
        top.Foreground.IsDefault ? row.Foreground : top.Foreground,
        top.Background.IsDefault ? row.Background : top.Background,
        top.Attributes | row.Attributes);

    private void EnsureVisible()
    {
        var count = _source.Count;
        if (SelectedIndex >= count)
        {
            SelectedIndex = count - 1;
        }

        if (SelectedIndex < 0 && count > 0)
        {
            SelectedIndex = 0;
        }

        if (_viewportHeight == 0)
        {
            return;
        }

        if (SelectedIndex >= 0 && SelectedIndex < TopIndex)
        {
            TopIndex = SelectedIndex;
        }
        else if (SelectedIndex >= TopIndex + _viewportHeight)
        {
            TopIndex = SelectedIndex - _viewportHeight + 1;
        }

        TopIndex = Math.Clamp(TopIndex, 0, Math.Max(0, count - _viewportHeight));
    }

    private void PruneMarks()
    {
        if (_marked.Count == 0)
        {
            return;
        }

        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _source.Count; i++)
        {
            present.Add(_source.GetKey(i));
        }

        _marked.IntersectWith(present);
    }
}
