using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// A view's filtered, sorted rows for the table. Cells are formatted only when the table asks,
/// which it does for the rows in view; <see cref="CellsFormatted"/> lets tests hold it to that.
/// </summary>
internal sealed class RowSource<TRow> : ITableSource
{
    private readonly IRowFormat<TRow> _format;

    public RowSource(IRowFormat<TRow> format, IReadOnlyList<TRow> rows)
    {
        _format = format;
        Rows = rows;
    }

    public IReadOnlyList<TRow> Rows { get; }

    public int Count => Rows.Count;

    public int CellsFormatted { get; private set; }

    public string GetKey(int row) => _format.Key(Rows[row]);

    public TableCell GetCell(int row, int column)
    {
        CellsFormatted++;
        return _format.Cell(Rows[row], column);
    }

    public StyleRole? GetRowRole(int row) => _format.RowRole(Rows[row]);
}
