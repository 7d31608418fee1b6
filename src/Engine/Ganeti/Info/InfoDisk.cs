namespace GntTui.Engine.Ganeti.Info;

/// <summary>
/// A disk of <c>gnt-instance info</c> ("disk/0: drbd, size 1.0G"): for DRBD its two ends with their
/// minors and the port (gnt_instance._FormatDiskDetails), and each side's device status line.
/// </summary>
public sealed record InfoDisk(string Name, string Type, string Size, IReadOnlyList<InfoDrbdEnd> Ends, int? Port, string? OnPrimary, string? OnSecondary)
{
    public bool IsDrbd => Type == "drbd";
}
