using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>An <see cref="ITableSource"/> over a list of records, one formatter per column.</summary>
public sealed class ListTableSource<T> : ITableSource
{
    private readonly IReadOnlyList<T> _items;
    private readonly Func<T, string> _key;
    private readonly IReadOnlyList<Func<T, TableCell>> _cells;
    private readonly Func<T, StyleRole?>? _rowRole;

    public ListTableSource(
        IReadOnlyList<T> items,
        Func<T, string> key,
        IReadOnlyList<Func<T, TableCell>> cells,
        Func<T, StyleRole?>? rowRole = null)
    {
        _items = items;
        _key = key;
        _cells = cells;
        _rowRole = rowRole;
    }

    public static ListTableSource<T> Empty { get; } = new([], _ => "", []);

    public int Count => _items.Count;

    public T this[int row] => _items[row];

    public string GetKey(int row) => _key(_items[row]);

    public TableCell GetCell(int row, int column) =>
        column < _cells.Count ? _cells[column](_items[row]) : default;

    public StyleRole? GetRowRole(int row) => _rowRole?.Invoke(_items[row]);
}
