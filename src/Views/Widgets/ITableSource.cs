using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// Rows for a <see cref="Table"/>, formatted on demand: the table asks only for the rows it shows.
/// </summary>
public interface ITableSource
{
    int Count { get; }

    /// <summary>A stable identity (a node or instance name): keeps selection and marks across refreshes.</summary>
    string GetKey(int row);

    TableCell GetCell(int row, int column);

    /// <summary>A style for the whole row (an offline node), or null.</summary>
    StyleRole? GetRowRole(int row) => null;
}
