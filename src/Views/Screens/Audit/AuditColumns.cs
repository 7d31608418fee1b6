using System.Globalization;
using GntTui.Engine.Store;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Audit;

/// <summary>The audit trail's columns: who sent what to which object, its job, and how it ended.</summary>
internal static class AuditColumns
{
    public const int Id = 0;
    public const int Sent = 1;
    public const int Operator = 2;
    public const int Verb = 3;
    public const int Target = 4;
    public const int Job = 5;
    public const int Status = 6;
    public const int Finished = 7;

    public static IReadOnlyList<TableColumn> All { get; } =
    [
        TableColumn.Numeric("ID", 5),
        TableColumn.Fixed("SENT", 11),
        new("OPERATOR", 10, 24, Weight: 1),
        new("VERB", 10, 30) { Priority = 2 },
        new("TARGET", 14, Weight: 2) { Priority = 2, ShortensNames = true },
        TableColumn.Numeric("JOB", 6),
        TableColumn.Fixed("STATUS", 13) with { Priority = 2 },
        TableColumn.Fixed("FINISHED", 11),
    ];

    public static TableCell Cell(AuditEntry row, int column, DateTimeOffset now, TimeZoneInfo zone) => column switch
    {
        Id => row.Id.ToString(CultureInfo.InvariantCulture),
        Sent => TimeText.Clock(row.SubmittedAt ?? row.CreatedAt, now, zone),
        Operator => row.Operator,
        Verb => row.Verb,
        Target => row.Target,
        Job => row.JobId?.ToString(CultureInfo.InvariantCulture) ?? "",
        Status => new TableCell(row.Status, Role(row.Status)),
        Finished => TimeText.Clock(row.FinishedAt, now, zone),
        _ => default,
    };

    /// <summary>The status's colour: what it means is <see cref="AuditStatus.Standing"/>'s to say.</summary>
    public static StyleRole Role(string status) => AuditStatus.Standing(status) switch
    {
        AuditStanding.Open => StyleRole.Accent,
        AuditStanding.Succeeded => StyleRole.Running,
        AuditStanding.Quiet => StyleRole.Muted,
        _ => StyleRole.Error,
    };
}
