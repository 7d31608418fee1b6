namespace GntTui.Engine.Drbd;

/// <summary>
/// Resync or online-verify progress as DRBD reports it (the two extra lines of /proc/drbd, or
/// events2's <c>done:</c> with statistics). Sizes are KiB, speeds KiB/s.
/// </summary>
public sealed record DrbdSyncProgress(double Percent, long? RemainingKiB, long? TotalKiB)
{
    /// <summary>Online verify (<c>verified:</c>) rather than a resync (<c>sync'ed:</c>).</summary>
    public bool IsVerify { get; init; }

    /// <summary>DRBD's own estimate of the time left (<c>finish:</c> or events2 <c>eta:</c>).</summary>
    public TimeSpan? Finish { get; init; }

    /// <summary>The first <c>speed:</c> number: DRBD's rate over its last few sync marks.</summary>
    public long? SpeedKiBps { get; init; }

    /// <summary>The number in parentheses (the last one with proc_details): the average since the resync began.</summary>
    public long? AverageSpeedKiBps { get; init; }

    /// <summary><c>want:</c> the rate the resync controller aims at (only some roles and versions print it).</summary>
    public long? WantKiBps { get; init; }

    /// <summary>DRBD appended <c>(stalled)</c>: nothing moved for a while.</summary>
    public bool Stalled { get; init; }

    /// <summary><c>queue_delay:</c> in milliseconds (8.3.8+).</summary>
    public double? QueueDelayMs { get; init; }

    /// <summary>
    /// False for a resync just entered, before DRBD prints its progress line: Ganeti counts it at
    /// 0 % (drbd_info.py: "if self.is_in_resync: self.sync_percent = 0").
    /// </summary>
    public bool FromProgressLine { get; init; } = true;

    /// <summary>A resync (or verify) state with no progress line yet, at 0 % as Ganeti counts it.</summary>
    public static DrbdSyncProgress NotYetReported(bool verify) => new(0, null, null) { IsVerify = verify, FromProgressLine = false };

    /// <summary>True when the total was printed in MiB (<c>)M</c>), so the KiB figures are rounded to MiB.</summary>
    public bool RoundedToMiB { get; init; }
}
