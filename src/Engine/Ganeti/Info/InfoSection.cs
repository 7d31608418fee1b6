namespace GntTui.Engine.Ganeti.Info;

/// <summary>A titled part of an object's info ("Disks", "NICs", "Back-end parameters"); empty when Ganeti listed nothing under it.</summary>
public sealed record InfoSection(string Title, IReadOnlyList<InfoField> Fields);
