using GntTui.Engine.Operations;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Verify;

/// <summary>The verify findings' columns: Ganeti's <c>--error-codes</c> fields, one per column.</summary>
internal static class VerifyColumns
{
    public const int Severity = 0;
    public const int Code = 1;
    public const int Kind = 2;
    public const int Name = 3;
    public const int Message = 4;

    public static IReadOnlyList<TableColumn> All { get; } =
    [
        TableColumn.Fixed("SEVERITY", 9) with { Priority = 2 },
        new("CODE", 10, 22),
        TableColumn.Fixed("OBJECT", 8),
        new("NAME", 12, 30, Weight: 1) { Priority = 2, ShortensNames = true },
        new("MESSAGE", 20, Weight: 3) { Priority = 3 },
    ];

    public static TableCell Cell(VerifyRow row, int column)
    {
        var item = row.Item;
        return column switch
        {
            Severity => new TableCell(SeverityText(item.Severity), Role(item.Severity)),
            Code => item.Code,
            Kind => item.ObjectKind.ToString().ToLowerInvariant(),
            Name => item.ObjectName,
            Message => item.Message,
            _ => default,
        };
    }

    public static string SeverityText(VerifySeverity severity) => severity.ToString().ToUpperInvariant();

    public static StyleRole Role(VerifySeverity severity) => severity switch
    {
        VerifySeverity.Error => StyleRole.Error,
        VerifySeverity.Warning => StyleRole.Warning,
        _ => StyleRole.Muted,
    };
}
