using GntTui.Engine.Drbd;

namespace GntTui.Engine.Live;

/// <summary>When a node's new capture changes nothing the snapshot shows but its time.</summary>
internal static class DrbdRepeat
{
    /// <summary>
    /// The same device objects (<see cref="DrbdRepeatParser"/> hands them back for identical text),
    /// release, notes and DRBD presence, and no device resyncing or verifying: an unchanged resync
    /// must still reach the estimator, since a stall is exactly a run of such captures.
    /// </summary>
    public static bool Of(DrbdSample before, DrbdSample sample) =>
        ReferenceEquals(before.Devices, sample.Devices)
        && before.Version == sample.Version
        && before.NoDrbd == sample.NoDrbd
        && before.Notes.SequenceEqual(sample.Notes)
        && !sample.Devices.Any(d => d.Health is DrbdHealth.Syncing or DrbdHealth.Stalled or DrbdHealth.PausedSync or DrbdHealth.Verifying);
}
