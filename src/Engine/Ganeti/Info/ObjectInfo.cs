namespace GntTui.Engine.Ganeti.Info;

/// <summary>
/// <c>gnt-instance info NAME</c> or <c>gnt-node info NAME</c> in sections, with the DRBD facts of
/// the disks picked out and the object's tags (<c>list-tags</c>, which info does not print).
/// </summary>
public sealed record ObjectInfo(InfoKind Kind, string Name, IReadOnlyList<InfoSection> Sections, IReadOnlyList<InfoDisk> Disks, IReadOnlyList<string> Tags)
{
    public InfoSection? Section(string title) => Sections.FirstOrDefault(s => s.Title == title);
}
