namespace GntTui.Views.Screens;

/// <summary>DRBD update → rows; null (no update yet) gives none. Pure.</summary>
internal static class DrbdRowBuilder
{
    public static IReadOnlyList<DrbdRow> Build(DrbdUpdate? update) =>
        update is null ? [] : [.. update.Disks.Select(DrbdRow.Of)];
}
