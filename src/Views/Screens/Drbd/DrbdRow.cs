using GntTui.Engine.Drbd;

namespace GntTui.Views.Screens.Drbd;

/// <summary>An instance disk in the DRBD view, keyed "instance/disk/N".</summary>
internal sealed record DrbdRow(DrbdDiskView Disk, string Key)
{
    public static DrbdRow Of(DrbdDiskView disk) => new(disk, $"{disk.Instance}/disk/{disk.DiskIndex}");
}
