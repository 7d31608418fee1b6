namespace GntTui.Engine.Drbd;

/// <summary>
/// Where one device's resync stands: DRBD's own figures next to ours (speeds KiB/s). Ours come
/// from the samples fed so far, so the first one or two have no speed of their own.
/// </summary>
public sealed record ResyncEstimate(DrbdDeviceKey Key, DateTimeOffset Time, bool Active)
{
    /// <summary>Resync or verify paused (PausedSync*, or a/p/u flags): no progress expected, no stall.</summary>
    public bool Paused { get; init; }

    public long? RemainingKiB { get; init; }
    public long? TotalKiB { get; init; }
    public double? Percent { get; init; }

    /// <summary>From the last two samples.</summary>
    public double? CurrentSpeedKiBps { get; init; }

    /// <summary>KiB moved across the window over its length.</summary>
    public double? SmoothedSpeedKiBps { get; init; }

    /// <summary>DRBD's own current speed (<c>speed:</c> / events2 <c>dbdt1:</c>).</summary>
    public long? DrbdSpeedKiBps { get; init; }

    /// <summary>Our estimate: remaining over the smoothed speed.</summary>
    public TimeSpan? Eta { get; init; }

    /// <summary>DRBD's estimate (<c>finish:</c> / <c>eta:</c>).</summary>
    public TimeSpan? DrbdFinish { get; init; }

    /// <summary>Our ETA and DRBD's differ by more than the configured factor and margin.</summary>
    public bool Disagrees { get; init; }

    /// <summary>DRBD says stalled, or the remaining KiB have not gone down for the configured time.</summary>
    public bool Stalled { get; init; }

    public bool DrbdSaysStalled { get; init; }

    public TimeSpan NoProgressFor { get; init; }

    /// <summary>Per-sample speeds, oldest first, bounded: for a sparkline.</summary>
    public IReadOnlyList<double> SpeedHistory { get; init; } = [];

    public static ResyncEstimate Inactive(DrbdDeviceKey key, DateTimeOffset time) => new(key, time, false);
}
