namespace GntTui.Views.Screens.Common;

/// <summary>How a view makes one row from one snapshot item, and finds the item a row was made from.</summary>
internal sealed record RowMapping<TItem, TRow>(Func<TItem, string> Key, Func<TRow, TItem> ItemOf, Func<TItem, TRow> Build)
    where TItem : class;
