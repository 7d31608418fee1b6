using GntTui.Engine.Drbd;

namespace GntTui.Views.Screens.Drbd;

/// <summary>DRBD snapshot → rows; null (none yet) gives none. Pure.</summary>
internal static class DrbdRowBuilder
{
    public static IReadOnlyList<DrbdRow> Build(DrbdSnapshot? snapshot) =>
        snapshot is null ? [] : [.. snapshot.Disks.Select(DrbdRow.Of)];
}
