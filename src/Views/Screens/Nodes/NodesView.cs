using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Nodes;

/// <summary>The nodes list: role and flags, memory and disk, instance counts, and DRBD health when known.</summary>
internal sealed class NodesView : ResourceView<NodeRow>
{
    private static readonly IReadOnlyList<SortScheme<NodeRow>> SortList =
    [
        new("N", ConsoleCommands.SortName, "sort by name", NodeColumns.Name,
            (a, b) => NaturalComparer.Instance.Compare(a.Node.Name, b.Node.Name)),
        new("S", ConsoleCommands.SortStatus, "sort by role (master first, offline last)", NodeColumns.Role,
            (a, b) => RoleRank(a.Node).CompareTo(RoleRank(b.Node))),
        new("Z", ConsoleCommands.SortMemory, "sort by free memory (size)", NodeColumns.MemFree,
            (a, b) => ReadingOrder.Compare(a.Node.MemoryFree, b.Node.MemoryFree)),
        new("D", ConsoleCommands.SortDisk, "sort by free disk", NodeColumns.DiskFree,
            (a, b) => ReadingOrder.Compare(a.Node.DiskFree, b.Node.DiskFree)),
        new("P", ConsoleCommands.SortPrimaries, "sort by primary instances", NodeColumns.Primaries,
            (a, b) => a.Node.PrimaryCount.CompareTo(b.Node.PrimaryCount), DescendingFirst: true),
    ];

    private readonly TimeProvider _time;
    private IReadOnlyList<NodeRow>? _built;

    public NodesView(TimeProvider time)
        : base(ViewKind.Nodes, "Nodes", NodeColumns.All, defaultSort: 0, defaultDescending: false)
    {
        _time = time;
    }

    protected override IReadOnlyList<SortScheme<NodeRow>> Sorts => SortList;

    public override string Key(NodeRow row) => row.Node.Name;

    public override TableCell Cell(NodeRow row, int column) => NodeColumns.Cell(row, column);

    public override StyleRole? RowRole(NodeRow row) => row.Node.Offline ? StyleRole.Offline : null;

    protected override IReadOnlyList<NodeRow> BuildRows(ConsoleData data) =>
        _built = NodeRowBuilder.Build(data.Snapshot.Nodes, data.DrbdIndex?.Nodes, _built);

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) =>
        !ReferenceEquals(before.Snapshot, after.Snapshot) || !ReferenceEquals(before.Drbd, after.Drbd);

    // A refresh that changed a few nodes rebuilds those rows only; a DRBD snapshot, the nodes whose DRBD view moved.
    protected override RowChanges<NodeRow>? Changes(ConsoleData before, ConsoleData after, KeyedRows<NodeRow> current)
    {
        var drbd = after.DrbdIndex?.Nodes;
        return SnapshotDiff.Between(
            before.Snapshot.Nodes,
            after.Snapshot.Nodes,
            new RowMapping<GanetiNode, NodeRow>(n => n.Name, r => r.Node, n => NodeRowBuilder.Row(n, drbd)),
            current,
            ReferenceEquals(before.Drbd, after.Drbd) ? [] : ChangedKeys.Between(before.DrbdIndex?.Nodes, drbd),
            ChangeLimit(current.Count));
    }

    protected override IEnumerable<string> SearchTexts(NodeRow row) =>
        [row.Node.Name, StatusRoles.NodeRoleText(row.Node.Role), NodeColumns.FlagsText(row.Node), row.Node.Group];

    protected override DetailContent Describe(NodeRow row) => NodeDetail.Build(row, Data!, _time.GetUtcNow());

    protected override string EmptyText() => "no nodes";

    // Rows the parser refused are missing from this list: the title says so, with the first reason.
    public override string? Note => RefusedRows.Note(Data?.Snapshot.RefusedOrNone.Nodes);

    private static int RoleRank(GanetiNode node) => node.Offline ? 5 : node.Drained ? 4 : node.Role switch
    {
        NodeRole.Master => 0,
        NodeRole.Candidate => 1,
        NodeRole.Regular => 2,
        _ => 3,
    };
}
