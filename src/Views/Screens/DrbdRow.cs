namespace GntTui.Views.Screens;

/// <summary>An instance disk in the DRBD view, keyed "instance/disk/N".</summary>
internal sealed record DrbdRow(DrbdDiskModel Disk, string Key)
{
    public static DrbdRow Of(DrbdDiskModel disk) => new(disk, $"{disk.Instance}/disk/{disk.DiskIndex}");
}
