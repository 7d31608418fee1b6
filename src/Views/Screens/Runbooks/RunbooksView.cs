using System.Globalization;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Runbooks;

/// <summary>Node maintenance runbooks, started here or resumed from the state file; Enter opens one to answer it.</summary>
internal sealed class RunbooksView : ResourceView<RunbookState>
{
    private const int Id = 0;
    private const int Node = 1;
    private const int Status = 2;
    private const int Step = 3;
    private const int Updated = 4;

    private static readonly IReadOnlyList<TableColumn> Columns =
    [
        TableColumn.Numeric("ID", 4),
        new("NODE", 14, 30, Weight: 1),
        TableColumn.Fixed("STATUS", 10),
        new("STEP", 20, Weight: 3),
        TableColumn.Fixed("UPDATED", 11),
    ];

    private readonly TimeProvider _time;

    public RunbooksView(TimeProvider time)
        : base(ViewKind.Runbooks, "Runbooks", Columns, defaultSort: 0, defaultDescending: true)
    {
        _time = time;
        Sorts = [new("N", ConsoleCommands.SortName, "sort by id (newest first)", Id, (a, b) => a.Id.CompareTo(b.Id), DescendingFirst: true)];
    }

    protected override IReadOnlyList<SortScheme<RunbookState>> Sorts { get; }

    protected override KeyBinding OpenBinding => KeyBinding.Create("Enter", ConsoleCommands.Open, "open the runbook", "Rows", footer: true);

    public RunbookState? Find(string key) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? Data?.Runbooks.GetValueOrDefault(id) : null;

    public override string Key(RunbookState row) => row.Id.ToString(CultureInfo.InvariantCulture);

    public override TableCell Cell(RunbookState row, int column) => column switch
    {
        Id => Key(row),
        Node => row.Node,
        Status => new TableCell(RunbookText.Status(row.Status), RunbookText.Role(row.Status)),
        Step => row.Current is { } step ? $"{step.Title}{(step.Message is { } m ? ": " + m : "")}" : "",
        Updated => TimeText.Clock(row.UpdatedAt, _time.GetUtcNow(), _time.LocalTimeZone),
        _ => default,
    };

    protected override IReadOnlyList<RunbookState> BuildRows(ConsoleData data) => [.. data.Runbooks.Values];

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) => !ReferenceEquals(before.Runbooks, after.Runbooks);

    protected override IEnumerable<string> SearchTexts(RunbookState row) => [row.Node, RunbookText.Status(row.Status)];

    protected override DetailContent Describe(RunbookState row) => RunbookDetail.Build(row, _time.GetUtcNow());

    protected override string EmptyText() => "no runbooks: m on a node plans one";
}
