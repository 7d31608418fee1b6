using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Nodes;

/// <summary>The nodes table's columns and how a row fills them.</summary>
internal static class NodeColumns
{
    public const int Name = 0;
    public const int Role = 1;
    public const int Flags = 2;
    public const int MemTotal = 3;
    public const int MemFree = 4;
    public const int DiskTotal = 5;
    public const int DiskFree = 6;
    public const int Primaries = 7;
    public const int Secondaries = 8;
    public const int Drbd = 9;
    public const int Group = 10;

    public static IReadOnlyList<TableColumn> All { get; } =
    [
        new("NAME", 16, Weight: 3) { Priority = 3, ShortensNames = true },
        TableColumn.Fixed("ROLE", 9) with { Priority = 2 },
        new("FLAGS", 7, 15) { Priority = 2 },
        TableColumn.Numeric("MEM", 7) with { Priority = 0 },
        TableColumn.Numeric("MEM FREE", 8),
        TableColumn.Numeric("DISK", 7) with { Priority = 0 },
        TableColumn.Numeric("DISK FREE", 9),
        TableColumn.Numeric("PINST", 5),
        TableColumn.Numeric("SINST", 5),
        new("DRBD", 11, 16) { Priority = 2 },
        new("GROUP", 8, 20) { Priority = 0 },
    ];

    public static TableCell Cell(NodeRow row, int column)
    {
        var node = row.Node;
        return column switch
        {
            Name => node.Name,
            Role => new TableCell(StatusRoles.NodeRoleText(node.Role), StatusRoles.Node(node)),
            Flags => FlagsCell(node),
            MemTotal => Units.Mebibytes(node.MemoryTotal),
            MemFree => Units.Mebibytes(node.MemoryFree),
            DiskTotal => Units.Mebibytes(node.DiskTotal),
            DiskFree => Units.Mebibytes(node.DiskFree),
            Primaries => Units.Count(node.PrimaryCount),
            Secondaries => Units.Count(node.SecondaryCount),
            Group => GroupCell(node),
            Drbd => DrbdCell(row.Drbd),
            _ => default,
        };
    }

    public static string FlagsText(GanetiNode node) => (node.Offline, node.Drained) switch
    {
        (true, true) => "offline,drained",
        (true, false) => "offline",
        (false, true) => "drained",
        _ => "-",
    };

    /// <summary>The node's group, or "unknown" (muted) where Ganeti printed "?".</summary>
    public static TableCell GroupCell(GanetiNode node) => node.IsGroupKnown ? node.Group : new TableCell("unknown", StyleRole.Muted);

    private static TableCell FlagsCell(GanetiNode node) =>
        new(FlagsText(node), node.Offline ? StyleRole.Offline : node.Drained ? StyleRole.Warning : StyleRole.Muted);

    /// <summary>Degraded minors by the node's own sample; while sampling fails, that it fails (old counts would mislead).</summary>
    public static TableCell DrbdCell(DrbdNodeView? drbd) => drbd switch
    {
        null => "",
        { Stream.State: DrbdStreamState.Retrying } => new TableCell("retrying", StyleRole.Warning),
        { LastSampleAt: null } => new TableCell("connecting", StyleRole.Muted),
        { NoDrbd: true } => new TableCell("no DRBD", StyleRole.Muted),
        { DegradedCount: 0 } => new TableCell("ok", StyleRole.Running),
        { DegradedCount: var n } => new TableCell($"{n} degraded", StyleRole.Error),
    };
}
