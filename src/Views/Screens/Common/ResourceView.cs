using GntTui.Engine.Model;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// The shared machinery of the resource views. A data update changes only the rows it changed
/// when the view can tell which (<see cref="Changes"/>), else rebuilds them; rows are sorted once
/// per sort change (or rebuild), filtered once per filter change, and formatted only for the rows
/// on screen: with 20,000 instances a frame costs what a frame of 30 does, and a refresh that
/// changes ten rows costs ten rows.
/// </summary>
internal abstract class ResourceView<TRow> : IResourceView, IRowFormat<TRow>
{
    private readonly ViewRows<TRow> _rows;
    private RowSource<TRow>? _source;
    private KeyMap? _keys;
    private bool _rowsStale = true;
    private bool _sortStale = true;
    private bool _viewStale = true;
    private bool _sourceStale = true;
    private ConsoleData? _builtFrom;
    private bool _inPlace;
    private string? _selectedBefore;
    private int _sortIndex;
    private bool _descending;

    protected ResourceView(ViewKind kind, string title, IReadOnlyList<TableColumn> columns, int defaultSort, bool defaultDescending)
    {
        Kind = kind;
        Title = title;
        Table = new Table(columns) { MultiSelect = true };
        _sortIndex = defaultSort;
        _descending = defaultDescending;
        _rows = new ViewRows<TRow>(Key, Shows);
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
            return _rows.All.Count;
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

    /// <summary>How many times the rows were sorted whole: once per sort change or a data update too big to ingest, never per key typed into a filter.</summary>
    internal int SortRuns => _rows.SortRuns;

    /// <summary>How many rows were built, for tests: a snapshot that changes ten rows builds ten.</summary>
    internal long RowsBuilt { get; private set; }

    /// <summary>How many row comparisons sorting and placing rows took, for tests.</summary>
    internal long Comparisons => _rows.Comparisons;

    /// <summary>How many times a row was tested against the view's toggles and filter, for tests.</summary>
    internal long FilterTests { get; private set; }

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
        if (_rows.All.TryGet(key, out var found) && Key(found) == key)
        {
            return Describe(found);
        }

        foreach (var row in _rows.All.Rows)
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
            if (!Ingest(_builtFrom, Data))
            {
                var rows = BuildRows(Data);
                RowsBuilt += rows.Count;
                if (_rows.Replace(rows, _sortStale ? null : Sorts[_sortIndex].Compare))
                {
                    _viewStale = true;
                }
                else
                {
                    _sortStale = true;
                }
            }

            _rowsStale = false;
            _builtFrom = Data;
        }

        if (_sortStale)
        {
            _rows.Sort(Sorts[_sortIndex].Compare, _descending);
            _sortStale = false;
            _viewStale = true;
        }

        if (_viewStale)
        {
            _viewStale = false;
            _rows.Refilter();
            _sourceStale = true;
        }

        if (_sourceStale)
        {
            _sourceStale = false;
            Publish();
        }
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
    /// The rows that differ between the data the rows were built from and the new data, when the
    /// view can tell without rebuilding them all (<see cref="SnapshotDiff"/>); null: rebuild.
    /// </summary>
    protected virtual RowChanges<TRow>? Changes(ConsoleData before, ConsoleData after, KeyedRows<TRow> current) => null;

    /// <summary>Past this many changed rows, a rebuild and one sort cost less than placing each.</summary>
    protected static int ChangeLimit(int rows) => Math.Max(16, rows / 64);

    private bool Ingest(ConsoleData? before, ConsoleData after)
    {
        if (before is null || _sortStale || _rows.Order is null || !_rows.All.Keyed
            || Changes(before, after, _rows.All) is not { } changes || changes.Count > ChangeLimit(_rows.All.Count))
        {
            return false;
        }

        RowsBuilt += changes.Upserts.Count;
        // The shown list changes in place: the table learns the selected key now, and finds it again
        // by binary search. Published even when no row changed: the empty text follows the connection.
        _selectedBefore = Table.SelectedKey;
        if (!_rows.Apply(changes, shownFresh: !_viewStale))
        {
            _sortStale = true;
        }

        _sourceStale = true;
        _inPlace = true;
        return true;
    }

    private bool Shows(TRow row)
    {
        FilterTests++;
        return Include(row) && (Filter.IsEmpty || Filter.MatchesAny(SearchTexts(row)));
    }

    private void Publish()
    {
        var atTop = FollowsTop && Table.SelectedIndex <= 0;
        var sameList = ReferenceEquals(_source?.Rows, _rows.Shown);
        _source = new RowSource<TRow>(this, _rows.Shown);
        if (_inPlace)
        {
            Table.SetSource(_source, _selectedBefore, sameList ? _rows.IndexOfShown : null);
        }
        else
        {
            Table.SetSource(_source);
        }

        _inPlace = false;
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

    private static KeyBinding SortBinding(SortScheme<TRow> scheme) =>
        KeyBinding.Create(scheme.Keys, scheme.Command, scheme.Description, "Sort (again: reverse)");
}
