namespace GntTui.Views.Screens.Common;

/// <summary>
/// What a refresh changed in a view's rows: rows new or rebuilt (by key, a rebuilt row replaces
/// the one it stands for) and the keys that left. Empty when nothing a row shows moved.
/// </summary>
internal sealed record RowChanges<TRow>(IReadOnlyList<TRow> Upserts, IReadOnlyList<string> Removed)
{
    public int Count => Upserts.Count + Removed.Count;
}
