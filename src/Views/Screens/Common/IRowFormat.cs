using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Common;

/// <summary>How a view turns one of its rows into table cells, on demand.</summary>
internal interface IRowFormat<in TRow>
{
    string Key(TRow row);

    TableCell Cell(TRow row, int column);

    StyleRole? RowRole(TRow row);
}
