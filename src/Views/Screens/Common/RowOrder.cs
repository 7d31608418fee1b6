namespace GntTui.Views.Screens.Common;

/// <summary>
/// A view's order in force: its sort scheme and direction, ties by key (a total order, as keys are
/// unique). It sorts a whole list, or places and takes out one row of a sorted list by binary
/// search; <see cref="Comparisons"/> lets tests see that a small change compares O(log n) per row.
/// </summary>
internal sealed class RowOrder<TRow> : IComparer<TRow>
{
    private readonly Comparison<TRow> _compare;
    private readonly Func<TRow, string> _key;
    private readonly int _sign;

    public RowOrder(Comparison<TRow> compare, bool descending, Func<TRow, string> key)
    {
        _compare = compare;
        _sign = descending ? -1 : 1;
        _key = key;
    }

    public long Comparisons { get; private set; }

    public int Compare(TRow? x, TRow? y)
    {
        Comparisons++;
        var order = _compare(x!, y!) * _sign;
        return order != 0 ? order : NaturalComparer.Instance.Compare(_key(x!), _key(y!));
    }

    public void Insert(List<TRow> sorted, TRow row)
    {
        var at = sorted.BinarySearch(row, this);
        sorted.Insert(at < 0 ? ~at : at, row);
    }

    /// <summary>Takes <paramref name="row"/> (this very object) out of <paramref name="sorted"/>; false when it is not there.</summary>
    public bool Remove(List<TRow> sorted, TRow row)
    {
        var at = sorted.BinarySearch(row, this);
        if (at >= 0 && ReferenceEquals(sorted[at], row))
        {
            sorted.RemoveAt(at);
            return true;
        }

        return false;
    }
}
