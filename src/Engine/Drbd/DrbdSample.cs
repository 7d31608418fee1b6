namespace GntTui.Engine.Drbd;

/// <summary>Every DRBD device of one node at one moment, with what the parser noticed.</summary>
public sealed record DrbdSample(
    DateTimeOffset Time,
    string Node,
    IReadOnlyList<DrbdDevice> Devices,
    DrbdVersion? Version,
    IReadOnlyList<string> Notes)
{
    /// <summary>The node printed nothing at all: no /proc/drbd, so no DRBD module loaded.</summary>
    public bool NoDrbd { get; init; }

    public DrbdDevice? Find(int minor) => Devices.FirstOrDefault(d => d.Minor == minor);

    /// <summary>Notes of the sample and of its devices, each device's prefixed with its minor.</summary>
    public IEnumerable<string> AllNotes() =>
        Notes.Concat(Devices.SelectMany(d => d.Notes.Select(n => $"minor {d.Minor}: {n}")));
}
