namespace GntTui.Engine.Drbd;

/// <summary>
/// One node's side of an instance disk. <see cref="Minor"/> is null when only the peer's
/// list-drbd named this node; <see cref="Device"/> is null when we have no sample from it.
/// </summary>
public sealed record DrbdDiskSide(string Node, int? Minor, DrbdDevice? Device, DateTimeOffset? SampledAt);
