namespace GntTui.Views.Screens.Common;

/// <summary>
/// The rows a new snapshot changes, found by reference: the list parsers return the very same
/// item for a line that did not change, so a pass comparing references position by position finds
/// the few that did, and only those are looked up by key and rebuilt. Null when the change is too
/// big to be worth it (over <c>limit</c> rows) or a name shows twice: then the view rebuilds.
/// </summary>
internal static class SnapshotDiff
{
    /// <param name="before">The items the rows in <paramref name="current"/> were built from.</param>
    /// <param name="after">The new snapshot's items.</param>
    /// <param name="alsoChanged">Keys whose rows change for a reason besides their item (a job now names the instance).</param>
    public static RowChanges<TRow>? Between<TItem, TRow>(
        IReadOnlyList<TItem> before,
        IReadOnlyList<TItem> after,
        RowMapping<TItem, TRow> map,
        KeyedRows<TRow> current,
        IEnumerable<string> alsoChanged,
        int limit)
        where TItem : class
    {
        // Items at positions where the lists differ: the old ones may have left, the new ones arrived
        // (or only moved, when a name was added or dropped earlier in the list).
        HashSet<string>? left = null;
        List<TItem>? arrived = null;
        var common = Math.Min(before.Count, after.Count);
        for (var i = 0; i < common; i++)
        {
            if (!ReferenceEquals(before[i], after[i]))
            {
                (left ??= new(StringComparer.OrdinalIgnoreCase)).Add(map.Key(before[i]));
                (arrived ??= []).Add(after[i]);
            }
        }

        for (var i = common; i < before.Count; i++)
        {
            (left ??= new(StringComparer.OrdinalIgnoreCase)).Add(map.Key(before[i]));
        }

        for (var i = common; i < after.Count; i++)
        {
            (arrived ??= []).Add(after[i]);
        }

        var upserts = new List<TRow>();
        var rebuilt = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in arrived ?? [])
        {
            var key = map.Key(item);
            if (!seen.Add(key))
            {
                return null;
            }

            if (current.TryGet(key, out var row))
            {
                if (left?.Contains(key) != true)
                {
                    // Also where the lists agree: the name shows twice in the new list.
                    return null;
                }

                if (ReferenceEquals(map.ItemOf(row), item))
                {
                    continue;
                }
            }

            upserts.Add(map.Build(item));
            rebuilt.Add(key);
            if (upserts.Count > limit)
            {
                return null;
            }
        }

        var removed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in left ?? [])
        {
            if (!seen.Contains(key))
            {
                removed.Add(key);
            }
        }

        foreach (var key in alsoChanged)
        {
            if (!rebuilt.Contains(key) && !removed.Contains(key) && current.TryGet(key, out var row))
            {
                upserts.Add(map.Build(map.ItemOf(row)));
                rebuilt.Add(key);
                if (upserts.Count + removed.Count > limit)
                {
                    return null;
                }
            }
        }

        return upserts.Count + removed.Count > limit ? null : new RowChanges<TRow>(upserts, [.. removed]);
    }
}
