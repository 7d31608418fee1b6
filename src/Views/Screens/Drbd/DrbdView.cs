using GntTui.Engine.Drbd;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Drbd;

/// <summary>
/// Every DRBD disk of every instance: health, resync progress, speed and ETA, what is wrong.
/// Sorted by ETA (soonest first; disks without a resync after, worst first); u hides the healthy.
/// </summary>
internal sealed class DrbdView : ResourceView<DrbdRow>
{
    private static readonly IReadOnlyList<SortScheme<DrbdRow>> SortList =
    [
        new("E", ConsoleCommands.SortEta, "sort by ETA (soonest first)", DrbdColumns.Eta, CompareEta),
        new("N", ConsoleCommands.SortName, "sort by instance", DrbdColumns.Instance,
            (a, b) => NaturalComparer.Instance.Compare(a.Disk.Instance, b.Disk.Instance)),
        new("S", ConsoleCommands.SortStatus, "sort by health (worst first)", DrbdColumns.Health,
            (a, b) => Severity(a).CompareTo(Severity(b)), DescendingFirst: true),
        new("P", ConsoleCommands.SortProgress, "sort by progress (least done first)", DrbdColumns.Done,
            (a, b) => ReadingOrder.Compare(a.Disk.Percent, b.Disk.Percent)),
    ];

    private readonly bool _mono;
    private readonly TimeProvider _time;
    private IReadOnlyList<DrbdRow>? _built;

    public DrbdView(bool mono, TimeProvider time)
        : base(ViewKind.Drbd, "DRBD", DrbdColumns.All, defaultSort: 0, defaultDescending: false)
    {
        _mono = mono;
        _time = time;
    }

    public bool OnlyUnhealthy { get; private set; }

    public override string? Note => OnlyUnhealthy ? "only unhealthy" : null;

    protected override IReadOnlyList<SortScheme<DrbdRow>> Sorts => SortList;

    protected override IEnumerable<KeyBinding> ExtraBindings =>
        [KeyBinding.Create("u", ConsoleCommands.OnlyUnhealthy, "only unhealthy", "Rows", footer: true)];

    public override string Key(DrbdRow row) => row.Key;

    /// <summary>The disk behind a row key, from the latest DRBD data.</summary>
    public DrbdDiskView? FindDisk(string key) =>
        Data?.Drbd?.Disks.FirstOrDefault(d => string.Equals(DrbdRow.Of(d).Key, key, StringComparison.Ordinal));

    public override TableCell Cell(DrbdRow row, int column) => DrbdColumns.Cell(row, column, _mono);

    protected override IReadOnlyList<DrbdRow> BuildRows(ConsoleData data) => _built = DrbdRowBuilder.Build(data.Drbd, _built);

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) => !ReferenceEquals(before.Drbd, after.Drbd);

    protected override bool Include(DrbdRow row) => !OnlyUnhealthy || row.Disk.IsUnhealthy();

    protected override IEnumerable<string> SearchTexts(DrbdRow row) =>
        [row.Disk.Instance, StatusRoles.DrbdText(row.Disk.Health), DrbdText.Flags(row.Disk), .. row.Disk.NodeNames()];

    protected override DetailContent Describe(DrbdRow row) =>
        DrbdDetail.Build(row.Disk, Data?.Drbd, _time.GetUtcNow(), _time.LocalTimeZone);

    protected override string EmptyText() => Data?.Drbd switch
    {
        null => "DRBD data not available (sampling not started)",
        { Disks.Count: 0 } drbd when !drbd.Nodes.Any(n => n.LastSampleAt is not null) => "waiting for the first DRBD samples…",
        { Disks.Count: 0 } => "no DRBD devices",
        _ when OnlyUnhealthy => "every DRBD disk is healthy (u shows all)",
        _ => "no DRBD devices",
    };

    protected override bool RunViewCommand(string command)
    {
        if (command != ConsoleCommands.OnlyUnhealthy)
        {
            return false;
        }

        OnlyUnhealthy = !OnlyUnhealthy;
        return true;
    }

    private static int Severity(DrbdRow row) => DrbdHealthClassifier.Severity(row.Disk.Health);

    private static int CompareEta(DrbdRow a, DrbdRow b) => (a.Disk.Percent is null ? null : a.Disk.BestEta(), b.Disk.Percent is null ? null : b.Disk.BestEta()) switch
    {
        ({ } x, { } y) => x.CompareTo(y),
        (null, null) => Severity(b).CompareTo(Severity(a)),
        (null, _) => 1,
        _ => -1,
    };
}
