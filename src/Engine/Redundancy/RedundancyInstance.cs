namespace GntTui.Engine.Redundancy;

/// <summary>
/// An instance as htools sees it for N+1. <see cref="Secondary"/> is set only for internally
/// mirrored (DRBD) instances: only they fail over to a fixed node. <see cref="UsesMemory"/> is
/// htools' <c>usesMemory</c> (it runs, or its state says nothing about that);
/// <see cref="ReservesOnSecondary"/> is <c>usesSecMem</c> (auto-balanced and not ADMIN_offline:
/// a stopped instance still reserves room, someone may start it after a failure).
/// </summary>
public sealed record RedundancyInstance(string Name, string Primary, string? Secondary, long MemoryMiB, bool UsesMemory, bool ReservesOnSecondary);
