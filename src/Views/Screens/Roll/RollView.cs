using System.Globalization;
using GntTui.Engine.Operations.Rolling;
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
        TableColumn.Fixed("ROLL", 12),
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

    /// <summary>hroller's latest groups as shown (none while it is asked again).</summary>
    public HrollerPlan? Plan => _asked is null ? Data?.Planners.Roll?.Plan : null;

    public override string? Note => Data?.Planners.Rolling is { } roll && (roll.IsOpen || Plan is null) ? RollNote(roll) : (_asked, Data?.Planners.Roll) switch
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
        2 => row.State,
        3 => string.Join(", ", row.Nodes),
        _ => string.Join("; ", row.Moves),
    };

    protected override IReadOnlyList<RollRow> BuildRows(ConsoleData data)
    {
        if (_asked is not null && data.Planners.Roll is { } answer && answer.Options == _asked)
        {
            _asked = null;
        }

        return Rows(data);
    }

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) =>
        !ReferenceEquals(before.Planners.Roll, after.Planners.Roll) || !ReferenceEquals(before.Planners.Rolling, after.Planners.Rolling);

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

    private IReadOnlyList<RollRow> Rows() => Data is { } data ? Rows(data) : [];

    /// <summary>An open roll shows its own groups (the plan it started from) and where it stands; otherwise hroller's latest answer.</summary>
    private IReadOnlyList<RollRow> Rows(ConsoleData data) =>
        data.Planners.Rolling is { } roll && (roll.IsOpen || (_asked is null && data.Planners.Roll?.Plan is null)) ? Rows(roll)
        : _asked is null && data.Planners.Roll?.Plan is { } plan ? Rows(plan) : [];

    private static List<RollRow> Rows(RollState roll) =>
        [.. roll.Groups.Select(g => new RollRow(g.Position, g.Nodes, g.Runbooks.Select(kv => $"runbook {kv.Value} ({ShortName.Of(kv.Key)})").ToList(), State(roll, g)))];

    private static string State(RollState roll, RollGroup g) =>
        g.Done ? "done" : roll.Current != g ? (roll.Status == RollStatus.Aborted ? "abandoned" : "pending")
        : roll.Status switch { RollStatus.Stopped => "held", RollStatus.Aborted => "abandoned", _ => "running" };

    private static string RollNote(RollState roll)
    {
        var watcher = roll.Watcher is { Ours: true } w ? $" · watcher paused until {w.UntilClock}" : "";
        return roll.Status switch
        {
            RollStatus.Finished => $"roll {roll.Id} finished: {roll.Groups.Count} group(s) done{(roll.Message is null ? "" : " · " + roll.Message)}",
            RollStatus.Aborted => $"roll {roll.Id} abandoned at {roll.Where}{watcher}",
            RollStatus.Stopped => $"roll {roll.Id} held at {roll.Where}: {roll.Stopped} · c continues{watcher}",
            _ => $"roll {roll.Id} running {roll.Where}{watcher}",
        };
    }

    private static List<RollRow> Rows(HrollerPlan plan) =>
        [.. plan.Groups.Select((g, i) => new RollRow(i + 1, g, i < plan.Moves.Count ? plan.Moves[i] : []))];
}
