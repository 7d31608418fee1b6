using GntTui.Engine.Drbd;

namespace GntTui.Views.Screens.Drbd;

/// <summary>DRBD snapshot → rows; null (none yet) gives none. Pure.</summary>
internal static class DrbdRowBuilder
{
    /// <param name="previous">The rows built last time: a row whose disk is the same object at the same place is kept (the monitor keeps the views of disks nothing changed).</param>
    public static IReadOnlyList<DrbdRow> Build(DrbdSnapshot? snapshot, IReadOnlyList<DrbdRow>? previous = null)
    {
        if (snapshot is null)
        {
            return [];
        }

        var disks = snapshot.Disks;
        var rows = new DrbdRow[disks.Count];
        var aligned = previous?.Count == disks.Count;
        for (var i = 0; i < disks.Count; i++)
        {
            rows[i] = aligned && ReferenceEquals(previous![i].Disk, disks[i]) ? previous[i] : DrbdRow.Of(disks[i]);
        }

        return rows;
    }
}
