using System.Globalization;
using GntTui.Engine.Fleet;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Clusters;

/// <summary>The clusters view's columns (k9s' contexts): which one is in front, whether it answers, and what needs a look.</summary>
internal static class ClusterColumns
{
    public const int Active = 0;
    public const int Name = 1;
    public const int State = 2;
    public const int Master = 3;
    public const int Nodes = 4;
    public const int Instances = 5;
    public const int Jobs = 6;
    public const int Resyncs = 7;
    public const int BadNodes = 8;
    public const int BadInstances = 9;
    public const int Age = 10;

    public static IReadOnlyList<TableColumn> All { get; } =
    [
        TableColumn.Fixed("", 1),
        new("CLUSTER", 8, 30, Weight: 1),
        new("STATE", 10, 48, Weight: 3),
        new("MASTER", 8, 30, Weight: 1),
        TableColumn.Numeric("NODES", 5),
        TableColumn.Numeric("INST", 6),
        TableColumn.Numeric("RUNNING", 7),
        TableColumn.Numeric("RESYNC", 6),
        TableColumn.Numeric("BAD-N", 5),
        TableColumn.Numeric("BAD-I", 5),
        TableColumn.Fixed("AGE", 12),
    ];

    public static TableCell Cell(ClusterSummary row, int column, DateTimeOffset now) => column switch
    {
        Active => row.IsActive ? new TableCell("*", StyleRole.Accent) : "",
        Name => row.IsDemo ? row.Name + " (demo)" : row.Name,
        State => new TableCell(StateText(row), Role(row)),
        Master => row.Master ?? "",
        Nodes => Count(row.Nodes),
        Instances => Count(row.Instances),
        Jobs => Count(row.RunningJobs),
        Resyncs => Count(row.Resyncs),
        BadNodes => Bad(row.UnhealthyNodes),
        BadInstances => Bad(row.UnhealthyInstances),
        Age => row.TakenAt is { } taken ? (row.FromCache ? "cached " : "") + TimeText.Compact(now > taken ? now - taken : TimeSpan.Zero) : "",
        _ => default,
    };

    /// <summary>"reachable", "master gone: ssh: connect refused", "not polled yet".</summary>
    public static string StateText(ClusterSummary row) => row.Reachable switch
    {
        true => "reachable",
        false when row.MasterGone => "master gone: " + (row.Why ?? "no answer"),
        false => "unreachable: " + (row.Why ?? "no answer"),
        _ => row.Why ?? (row.IsActive ? "connecting…" : "not polled yet"),
    };

    public static StyleRole Role(ClusterSummary row) => row.Reachable switch
    {
        true => StyleRole.Running,
        false => StyleRole.Error,
        _ => StyleRole.Muted,
    };

    private static TableCell Count(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static TableCell Bad(int? n) => n is > 0 ? new TableCell(n.Value.ToString(CultureInfo.InvariantCulture), StyleRole.Error) : Count(n);
}
