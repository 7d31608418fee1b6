using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Drbd;

/// <summary>The DRBD table's columns, most telling first so a narrow terminal keeps them.</summary>
internal static class DrbdColumns
{
    public const int Instance = 0;
    public const int Disk = 1;
    public const int Health = 2;
    public const int Progress = 3;
    public const int Done = 4;
    public const int Speed = 5;
    public const int Eta = 6;
    public const int Flags = 7;
    public const int Primary = 8;
    public const int Secondary = 9;
    public const int Connection = 10;
    public const int Roles = 11;
    public const int Disks = 12;

    public const int BarWidth = 12;

    public static IReadOnlyList<TableColumn> All { get; } =
    [
        new("INSTANCE", 20, Weight: 3) { Priority = 3, ShortensNames = true },
        TableColumn.Numeric("DISK", 4) with { Priority = 2 },
        TableColumn.Fixed("HEALTH", 11) with { Priority = 3 },
        TableColumn.Fixed("PROGRESS", BarWidth) with { Priority = 2 },
        TableColumn.Numeric("DONE", 6) with { Priority = 2 },
        TableColumn.Numeric("SPEED", 10),
        TableColumn.Fixed("ETA", 20) with { Priority = 2 },
        new("FLAGS", 12, 30) { Priority = 0 },
        new("PRIMARY", 12, 24) { ShortensNames = true },
        new("SECONDARY", 12, 24) { ShortensNames = true },
        TableColumn.Fixed("CONNECTION", 13) with { Priority = 0 },
        TableColumn.Fixed("ROLES", 17) with { Priority = 0 },
        new("DISKS", 12, 24) { Priority = 0 },
    ];

    public static TableCell Cell(DrbdRow row, int column, bool mono)
    {
        var disk = row.Disk;
        return column switch
        {
            Instance => disk.Instance,
            Disk => disk.DiskIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Health => new TableCell(StatusRoles.DrbdShortText(disk.Health), StatusRoles.Drbd(disk.Health)),
            Progress => Bar(disk.Percent, mono),
            Done => Units.Percent(disk.Percent),
            Speed => Units.Speed(disk.Percent is null ? null : disk.BestSpeedKiBps()),
            Eta => disk.Percent is null ? "" : new TableCell(DrbdText.Eta(disk.BestEta()), disk.Stalled ? StyleRole.Error : null),
            Flags => new TableCell(DrbdText.Flags(disk), disk.Health == Engine.Drbd.DrbdHealth.Inactive ? StyleRole.Muted : StyleRole.Error),
            Primary => disk.Primary?.Node ?? "-",
            Secondary => disk.Secondary?.Node ?? "-",
            Connection => DrbdText.Connection(disk.Reporter()),
            Roles => DrbdText.Roles(disk.Reporter()),
            Disks => DrbdText.Disks(disk.Reporter()),
            _ => default,
        };
    }

    private static TableCell Bar(double? percent, bool mono) => percent is { } p
        ? new TableCell(mono ? ProgressBar.Ascii(p / 100, BarWidth) : ProgressBar.Blocks(p / 100, BarWidth), StyleRole.ProgressFill)
        : "";
}
