using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Instances;

/// <summary>The instances table's columns and how a row fills them.</summary>
internal static class InstanceColumns
{
    public const int Name = 0;
    public const int Status = 1;
    public const int Primary = 2;
    public const int Secondary = 3;
    public const int Template = 4;
    public const int Memory = 5;
    public const int Vcpus = 6;
    public const int Job = 7;
    public const int Sync = 8;

    public static IReadOnlyList<TableColumn> All { get; } =
    [
        new("NAME", 16, Weight: 3) { Priority = 3, ShortensNames = true },
        TableColumn.Fixed("STATUS", 17) with { Priority = 2 },
        new("PRIMARY", 12, 30, Weight: 2) { Priority = 2, ShortensNames = true },
        new("SECONDARY", 12, 30, Weight: 2) { ShortensNames = true },
        TableColumn.Fixed("TEMPLATE", 10) with { Priority = 0 },
        TableColumn.Numeric("MEM", 6) with { Priority = 0 },
        TableColumn.Numeric("VCPU", 4) with { Priority = 0 },
        new("JOB", 12, 24) { Priority = 2 },
        new("SYNC", 12, 22) { Priority = 2 },
    ];

    /// <param name="resync">Instance → its resyncing disks, when the DRBD monitor reports any.</param>
    public static TableCell Cell(InstanceRow row, int column, IReadOnlyDictionary<string, ResyncSummary>? resync)
    {
        var instance = row.Instance;
        return column switch
        {
            Name => instance.Name,
            Status => new TableCell(instance.StatusText, StatusRoles.Instance(instance.Status)),
            Primary => instance.PrimaryNode,
            Secondary => instance.SecondaryNodes.Count == 0 ? "-" : string.Join(",", instance.SecondaryNodes),
            Template => instance.DiskTemplate,
            Memory => Units.Mebibytes(instance.Memory),
            Vcpus => instance.Vcpus.ToString(),
            Job => row.Job is { } job ? new TableCell(job.Text, StatusRoles.Job(job.Job.Status)) : "",
            Sync => SyncCell(resync?.GetValueOrDefault(instance.Name)),
            _ => default,
        };
    }

    /// <summary>"42.1% 3m05s": the least-done disk and the longest ETA; stalled says so instead of an ETA.</summary>
    public static TableCell SyncCell(ResyncSummary? resync)
    {
        if (resync is null)
        {
            return "";
        }

        var percent = Units.Percent(resync.Percent);
        if (resync.Stalled)
        {
            return new TableCell($"{percent} stalled", StyleRole.Error);
        }

        var eta = resync.Eta is { } e ? " " + TimeText.Compact(e) : "";
        return new TableCell(percent + eta, StyleRole.Warning);
    }
}
