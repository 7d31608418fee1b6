namespace GntTui.Views.Screens.Common;

/// <summary>
/// A view's rows three ways: all of them by key, sorted in the order in force, and the sorted ones
/// its toggles and filter show. A refresh that changes a few rows costs those rows: each changed row
/// leaves the sorted and shown lists and comes back in its place by binary search, and only it is
/// tested against the filter. A sort or a refilter redoes a whole list, once per change of either.
/// </summary>
internal sealed class ViewRows<TRow>
{
    private readonly Func<TRow, string> _key;
    private readonly Func<TRow, bool> _shows;
    private long _pastComparisons;

    public ViewRows(Func<TRow, string> key, Func<TRow, bool> shows)
    {
        _key = key;
        _shows = shows;
        All = new KeyedRows<TRow>([], key);
    }

    public KeyedRows<TRow> All { get; private set; }

    public List<TRow> Sorted { get; private set; } = [];

    public List<TRow> Shown { get; private set; } = [];

    /// <summary>The order <see cref="Sorted"/> is in; null until the first sort.</summary>
    public RowOrder<TRow>? Order { get; private set; }

    public int SortRuns { get; private set; }

    public long Comparisons => _pastComparisons + (Order?.Comparisons ?? 0);

    /// <summary>Every row anew. Keeps the sorted order when it holds for the new rows (true), else the caller sorts.</summary>
    public bool Replace(IReadOnlyList<TRow> rows, Comparison<TRow>? sortInForce)
    {
        var before = All.Rows;
        All = new KeyedRows<TRow>(rows, _key);
        if (sortInForce is not null && Resorted(before, rows, sortInForce) is { } kept)
        {
            Sorted = kept;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Applies a refresh's changes in place. <paramref name="shownFresh"/>: the shown list is kept up
    /// too (false when a refilter follows anyway). False when the sorted list did not hold a row where
    /// the order puts it: then the caller sorts again.
    /// </summary>
    public bool Apply(RowChanges<TRow> changes, bool shownFresh)
    {
        var order = Order ?? throw new InvalidOperationException("changes are applied to sorted rows only");
        var held = true;
        foreach (var key in changes.Removed)
        {
            if (All.Remove(key, out var old))
            {
                held &= Drop(order, old, shownFresh);
            }
        }

        foreach (var row in changes.Upserts)
        {
            if (All.Upsert(_key(row), row, out var old))
            {
                if (ReferenceEquals(old, row))
                {
                    continue;
                }

                held &= Drop(order, old, shownFresh);
            }

            order.Insert(Sorted, row);
            if (shownFresh && _shows(row))
            {
                order.Insert(Shown, row);
            }
        }

        return held;
    }

    public void Sort(Comparison<TRow> compare, bool descending)
    {
        _pastComparisons = Comparisons;
        Order = new RowOrder<TRow>(compare, descending, _key);
        SortRuns++;
        var sorted = new List<TRow>(All.Rows);
        sorted.Sort(Order);
        Sorted = sorted;
    }

    /// <summary>Filtering keeps the sorted order, so typing a filter never sorts again.</summary>
    public void Refilter()
    {
        var shown = new List<TRow>(Sorted.Count);
        foreach (var row in Sorted)
        {
            if (_shows(row))
            {
                shown.Add(row);
            }
        }

        Shown = shown;
    }

    /// <summary>Where the row with <paramref name="key"/> is in <see cref="Shown"/> (-1: not shown), by binary search.</summary>
    public int IndexOfShown(string key)
    {
        if (Order is null || !All.TryGet(key, out var row))
        {
            return -1;
        }

        var at = Shown.BinarySearch(row, Order);
        return at >= 0 && ReferenceEquals(Shown[at], row) ? at : -1;
    }

    private bool Drop(RowOrder<TRow> order, TRow old, bool shownFresh)
    {
        if (!order.Remove(Sorted, old))
        {
            // Not where the order puts it: the order moved under the list (it should not).
            return false;
        }

        if (shownFresh)
        {
            order.Remove(Shown, old);
        }

        return true;
    }

    /// <summary>
    /// A rebuild usually brings the same rows with a few values changed: when every row is still
    /// there and none moved in the sort order's terms, the old order holds for the new rows, found
    /// in one pass by key instead of a sort of 20,000 (null: sort again).
    /// </summary>
    private List<TRow>? Resorted(IReadOnlyList<TRow> before, IReadOnlyList<TRow> after, Comparison<TRow> compare)
    {
        if (before.Count != after.Count || before.Count != Sorted.Count || after.Count < 2)
        {
            return null;
        }

        var byKey = new Dictionary<string, TRow>(after.Count, StringComparer.Ordinal);
        foreach (var row in after)
        {
            if (!byKey.TryAdd(_key(row), row))
            {
                return null;
            }
        }

        var kept = new List<TRow>(Sorted.Count);
        foreach (var old in Sorted)
        {
            if (!byKey.TryGetValue(_key(old), out var row) || compare(old, row) != 0)
            {
                return null;
            }

            kept.Add(row);
        }

        return kept;
    }
}
