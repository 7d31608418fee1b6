using GntTui.Engine.Model;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// The shared machinery of the resource views. Rows are rebuilt once per data update, sorted once
/// per update or sort change, filtered once per filter change, and formatted only for the rows on
/// screen: with 20,000 instances a frame costs what a frame of 30 does.
/// </summary>
internal abstract class ResourceView<TRow> : IResourceView, IRowFormat<TRow>
{
    private IReadOnlyList<TRow> _rows = [];
    private RowSource<TRow>? _source;
    private KeyMap? _keys;
    private bool _rowsStale = true;
    private bool _sortStale = true;
    private bool _viewStale = true;
    private IReadOnlyList<TRow> _sorted = [];
    private int _sortIndex;
    private bool _descending;

    protected ResourceView(ViewKind kind, string title, IReadOnlyList<TableColumn> columns, int defaultSort, bool defaultDescending)
    {
        Kind = kind;
        Title = title;
        Table = new Table(columns) { MultiSelect = true };
        _sortIndex = defaultSort;
        _descending = defaultDescending;
    }

    public ViewKind Kind { get; }

    public string Title { get; }

    public Table Table { get; }

    public RowFilter Filter { get; private set; } = RowFilter.None;

    public KeyMap Keys => _keys ??= new KeyMap([OpenBinding, .. Sorts.Select(SortBinding), .. ExtraBindings]);

    public int TotalCount
    {
        get
        {
            Refresh();
            return _rows.Count;
        }
    }

    public int ShownCount
    {
        get
        {
            Refresh();
            return Table.Count;
        }
    }

    public virtual string? Note => null;

    public virtual bool Ticks => false;

    /// <summary>How many times the rows were sorted: once per data update or sort change, never per key typed into a filter.</summary>
    internal int SortRuns { get; private set; }

    /// <summary>The rows on screen, for tests: how many cells the last frames formatted.</summary>
    internal RowSource<TRow>? Source => _source;

    protected ConsoleData? Data { get; private set; }

    protected abstract IReadOnlyList<SortScheme<TRow>> Sorts { get; }

    /// <summary>What Enter does here, for help and the footer.</summary>
    protected virtual KeyBinding OpenBinding => KeyBinding.Create("Enter", ConsoleCommands.Open, "describe", "Rows", footer: true);

    protected virtual IEnumerable<KeyBinding> ExtraBindings => [];

    /// <summary>The top row is the newest (the job queue): opening the view shows it, and new rows are followed while the top is selected.</summary>
    protected virtual bool FollowsTop => false;

    public void Shown()
    {
        Refresh();
        if (FollowsTop)
        {
            Table.MoveToStart();
        }
    }

    public void Update(ConsoleData data)
    {
        if (Data is null || RowsChanged(Data, data))
        {
            _rowsStale = true;
        }

        Data = data;
        // Ganeti's cluster name: a profile's name may be bare.
        Table.Domain = ClusterDomain.Of(data.Snapshot.Info?.Name ?? data.Snapshot.ClusterName);
    }

    public bool ClearOne()
    {
        if (!Filter.IsEmpty)
        {
            SetFilter(RowFilter.None);
            return true;
        }

        if (Table.MarkedKeys.Count > 0)
        {
            Table.ClearMarks();
            return true;
        }

        return false;
    }

    public void SetFilter(RowFilter filter)
    {
        if (!string.Equals(filter.Text, Filter.Text, StringComparison.Ordinal))
        {
            Filter = filter;
            _viewStale = true;
        }
    }

    public bool Reveal(string key)
    {
        if (!Table.SelectKey(key) && !Filter.IsEmpty)
        {
            // Hidden by this view's filter: the row asked for matters more than the filter.
            SetFilter(RowFilter.None);
            Refresh();
            Table.SelectKey(key);
        }

        return Table.SelectedKey == key;
    }

    public bool RunCommand(string command)
    {
        for (var i = 0; i < Sorts.Count; i++)
        {
            if (Sorts[i].Command == command)
            {
                _descending = i == _sortIndex ? !_descending : Sorts[i].DescendingFirst;
                _sortIndex = i;
                _sortStale = true;
                return true;
            }
        }

        if (RunViewCommand(command))
        {
            _viewStale = true;
            return true;
        }

        return false;
    }

    public DetailContent? Describe(string key)
    {
        Refresh();
        foreach (var row in _rows)
        {
            if (Key(row) == key)
            {
                return Describe(row);
            }
        }

        return null;
    }

    public void Refresh()
    {
        if (_rowsStale && Data is not null)
        {
            var before = _rows;
            _rows = BuildRows(Data);
            _rowsStale = false;
            if (!_sortStale && Resorted(before, _rows) is { } kept)
            {
                _sorted = kept;
                _viewStale = true;
            }
            else
            {
                _sortStale = true;
            }
        }

        if (_sortStale)
        {
            _sorted = Sorted(_rows);
            _sortStale = false;
            _viewStale = true;
        }

        if (!_viewStale)
        {
            return;
        }

        // Filtering keeps the sorted order, so typing a filter never sorts again.
        _viewStale = false;
        var shown = new List<TRow>(_sorted.Count);
        foreach (var row in _sorted)
        {
            if (Include(row) && (Filter.IsEmpty || Filter.MatchesAny(SearchTexts(row))))
            {
                shown.Add(row);
            }
        }

        _source = new RowSource<TRow>(this, shown);
        var atTop = FollowsTop && Table.SelectedIndex <= 0;
        Table.SetSource(_source);
        if (atTop)
        {
            Table.MoveToStart();
        }

        Table.SortColumn = Sorts[_sortIndex].Column;
        Table.SortDescending = _descending;
        Table.EmptyText = !Filter.IsEmpty ? $"no {Title.ToLowerInvariant()} match /{Filter.Text}"
            : Data?.Snapshot is { Connection: ConnectionState.Connecting, FromCache: false } ? "connecting to the cluster…"
            : EmptyText();
    }

    public virtual void Render(Screen screen, Rect area, Theme theme)
    {
        Refresh();
        Table.Render(screen, area, theme);
    }

    public abstract string Key(TRow row);

    public abstract TableCell Cell(TRow row, int column);

    public virtual StyleRole? RowRole(TRow row) => null;

    protected abstract IReadOnlyList<TRow> BuildRows(ConsoleData data);

    /// <summary>The texts a <c>/</c> filter looks at: what the row shows that people search for.</summary>
    protected abstract IEnumerable<string> SearchTexts(TRow row);

    protected abstract DetailContent Describe(TRow row);

    protected abstract string EmptyText();

    /// <summary>Whether new data changes this view's rows (then they are rebuilt, refiltered, resorted); by default, a new cluster snapshot or news of our jobs does.</summary>
    protected virtual bool RowsChanged(ConsoleData before, ConsoleData after) =>
        !ReferenceEquals(before.Snapshot, after.Snapshot) || !ReferenceEquals(before.Own, after.Own);

    /// <summary>A view's toggles hide rows here, before the filter.</summary>
    protected virtual bool Include(TRow row) => true;

    protected virtual bool RunViewCommand(string command) => false;

    /// <summary>
    /// A refresh usually brings the same rows with a few values changed: when every row is still
    /// there and none moved in the sort order's terms, the old order holds for the new rows, found
    /// in one pass by key instead of a sort of 20,000 (null: sort again).
    /// </summary>
    private List<TRow>? Resorted(IReadOnlyList<TRow> before, IReadOnlyList<TRow> after)
    {
        if (before.Count != after.Count || before.Count != _sorted.Count || after.Count < 2)
        {
            return null;
        }

        var byKey = new Dictionary<string, TRow>(after.Count, StringComparer.Ordinal);
        foreach (var row in after)
        {
            if (!byKey.TryAdd(Key(row), row))
            {
                return null;
            }
        }

        var scheme = Sorts[_sortIndex];
        var kept = new List<TRow>(_sorted.Count);
        foreach (var old in _sorted)
        {
            if (!byKey.TryGetValue(Key(old), out var row) || scheme.Compare(old, row) != 0)
            {
                return null;
            }

            kept.Add(row);
        }

        return kept;
    }

    private List<TRow> Sorted(IReadOnlyList<TRow> rows)
    {
        var scheme = Sorts[_sortIndex];
        var sign = _descending ? -1 : 1;
        SortRuns++;
        var sorted = new List<TRow>(rows);
        sorted.Sort((a, b) =>
        {
            var order = scheme.Compare(a, b) * sign;
            return order != 0 ? order : NaturalComparer.Instance.Compare(Key(a), Key(b));
        });
        return sorted;
    }

    private static KeyBinding SortBinding(SortScheme<TRow> scheme) =>
        KeyBinding.Create(scheme.Keys, scheme.Command, scheme.Description, "Sort (again: reverse)");
}
