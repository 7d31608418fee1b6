using System.Globalization;
using GntTui.Engine.Planners;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Roll;

/// <summary>
/// <c>:roll</c>: hroller's reboot groups (<c>hroller -L</c> with the options chosen here), in its order:
/// the nodes of a group can go down together. x runs the node maintenance runbook on every node of
/// the selected group.
/// </summary>
internal sealed class RollView : ResourceView<RollRow>
{
    private static readonly IReadOnlyList<TableColumn> Columns =
    [
        TableColumn.Fixed("GROUP", 6),
        TableColumn.Fixed("NODES", 6),
        new("MEMBERS", 20, Weight: 3),
        new("MOVES (--print-moves)", 10, Weight: 1),
    ];

    private static readonly IReadOnlyList<SortScheme<RollRow>> SortList =
    [
        new("#", ConsoleCommands.SortStatus, "hroller's order", 0, (a, b) => a.Position.CompareTo(b.Position)),
    ];

    private readonly TimeProvider _time;
    private HrollerOptions? _asked;

    public RollView(TimeProvider time)
        : base(ViewKind.Roll, "Roll", Columns, defaultSort: 0, defaultDescending: false)
    {
        _time = time;
        Table.MultiSelect = false;
    }

    public RollRow? Find(string key) => Rows().FirstOrDefault(r => Key(r) == key);

    public override string? Note => (_asked, Data?.Planners.Roll) switch
    {
        ({ } o, _) => $"hroller running… ({string.Join(' ', o.Argv())})",
        (null, { Plan: { } p } r) => $"{p.Groups.Count} reboot group(s) · {string.Join(' ', r.Options.Argv())} · {TimeText.Ago(r.At, _time.GetUtcNow())}",
        (null, { Error: { } e }) => "hroller failed: " + e,
        _ => null,
    };

    public override bool Ticks => true;

    protected override IReadOnlyList<SortScheme<RollRow>> Sorts => SortList;

    public void Asked(HrollerOptions options)
    {
        _asked = options;
        Refresh();
    }

    public override string Key(RollRow row) => row.Position.ToString(CultureInfo.InvariantCulture);

    public override TableCell Cell(RollRow row, int column) => column switch
    {
        0 => (TableCell)row.Position.ToString(CultureInfo.InvariantCulture),
        1 => row.Nodes.Count.ToString(CultureInfo.InvariantCulture),
        2 => string.Join(", ", row.Nodes),
        _ => string.Join("; ", row.Moves),
    };

    protected override IReadOnlyList<RollRow> BuildRows(ConsoleData data)
    {
        if (_asked is not null && data.Planners.Roll is { } answer && answer.Options == _asked)
        {
            _asked = null;
        }

        return _asked is null && data.Planners.Roll?.Plan is { } plan ? Rows(plan) : [];
    }

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) => !ReferenceEquals(before.Planners.Roll, after.Planners.Roll);

    protected override IEnumerable<string> SearchTexts(RollRow row) => row.Nodes;

    protected override DetailContent Describe(RollRow row) => new($"reboot group {row.Position}",
    [
        DetailLine.Heading("hroller's group"),
        .. row.Nodes.Select((n, i) => new DetailLine(i == 0 ? "nodes" : "", n)),
        .. row.Moves.Select((m, i) => new DetailLine(i == 0 ? "moves" : "", m)),
    ]);

    protected override string EmptyText() => (_asked, Data?.Planners.Roll) switch
    {
        ({ } o, _) => $"asking hroller for reboot groups: {string.Join(' ', o.Argv())}…",
        (null, null) => "no reboot groups yet: p asks hroller (hroller -L)",
        (null, { Error: { } e }) => "hroller failed: " + e,
        _ => "hroller found no reboot group",
    };

    private IReadOnlyList<RollRow> Rows() => Data?.Planners.Roll?.Plan is { } plan && _asked is null ? Rows(plan) : [];

    private static List<RollRow> Rows(HrollerPlan plan) =>
        [.. plan.Groups.Select((g, i) => new RollRow(i + 1, g, i < plan.Moves.Count ? plan.Moves[i] : []))];
}
