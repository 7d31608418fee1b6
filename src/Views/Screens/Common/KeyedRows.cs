namespace GntTui.Views.Screens.Common;

/// <summary>
/// A view's rows in no particular order, with where each key is, so a refresh replaces, adds or
/// drops one row without a pass over all of them. The index is made on first use (views that never
/// ingest a change never pay for it). Keys match ignoring case, as the DRBD and job lookups name
/// objects; rows with a key twice (so compared) have none, and then only a rebuild is safe.
/// </summary>
internal sealed class KeyedRows<TRow>
{
    private readonly List<TRow> _rows;
    private readonly Func<TRow, string> _key;
    private Dictionary<string, int>? _index;
    private bool _duplicates;

    public KeyedRows(IEnumerable<TRow> rows, Func<TRow, string> key)
    {
        _rows = [.. rows];
        _key = key;
    }

    public IReadOnlyList<TRow> Rows => _rows;

    public int Count => _rows.Count;

    /// <summary>False when two rows share a key: a change cannot say which one it means.</summary>
    public bool Keyed => Index() is not null;

    public bool TryGet(string key, out TRow row)
    {
        if (Index() is { } index && index.TryGetValue(key, out var at))
        {
            row = _rows[at];
            return true;
        }

        row = default!;
        return false;
    }

    /// <summary>Puts <paramref name="row"/> in the place of the row with its key, or adds it; the row it replaced, if any.</summary>
    public bool Upsert(string key, TRow row, out TRow replaced)
    {
        var index = Index() ?? throw new InvalidOperationException("rows with a key twice cannot be changed by key");
        if (index.TryGetValue(key, out var at))
        {
            replaced = _rows[at];
            _rows[at] = row;
            return true;
        }

        index[key] = _rows.Count;
        _rows.Add(row);
        replaced = default!;
        return false;
    }

    public bool Remove(string key, out TRow removed)
    {
        var index = Index() ?? throw new InvalidOperationException("rows with a key twice cannot be changed by key");
        if (!index.Remove(key, out var at))
        {
            removed = default!;
            return false;
        }

        removed = _rows[at];
        // The last row takes the hole: order here means nothing, the sorted list keeps the order.
        var last = _rows.Count - 1;
        if (at != last)
        {
            _rows[at] = _rows[last];
            index[_key(_rows[at])] = at;
        }

        _rows.RemoveAt(last);
        return true;
    }

    private Dictionary<string, int>? Index()
    {
        if (_index is null && !_duplicates)
        {
            var index = new Dictionary<string, int>(_rows.Count, StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < _rows.Count; i++)
            {
                if (!index.TryAdd(_key(_rows[i]), i))
                {
                    _duplicates = true;
                    return null;
                }
            }

            _index = index;
        }

        return _index;
    }
}
