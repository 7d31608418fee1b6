namespace GntTui.Engine.Drbd;

/// <summary>
/// One DRBD disk of an instance as the console shows it: both sides from the join, our resync
/// estimate next to DRBD's figures, the advice, and a speed history for a sparkline. Sizes KiB,
/// speeds KiB/s.
/// </summary>
public sealed record DrbdDiskView(InstanceDiskSync Disk, DrbdAdvice Advice)
{
    /// <summary>The estimate of the side whose progress the join picked; null while no resync runs.</summary>
    public ResyncEstimate? Estimate { get; init; }

    /// <summary>Older readings (from the state file after a restart) followed by this run's, oldest first.</summary>
    public IReadOnlyList<double> SpeedHistory { get; init; } = [];

    /// <summary>
    /// Age of the older side's sample when this view was built; null when neither side was sampled.
    /// The monitor keeps a view across snapshots while nothing it shows changed: for the age now, use <see cref="SampledAt"/>.
    /// </summary>
    public TimeSpan? SampleAge { get; init; }

    /// <summary>When the older side was sampled; null when neither side was.</summary>
    public DateTimeOffset? SampledAt => (Primary?.SampledAt, Secondary?.SampledAt) switch
    {
        ({ } a, { } b) => a < b ? a : b,
        ({ } a, null) => a,
        (null, var b) => b,
    };

    /// <summary>When the running resync began (see <see cref="ResyncStartObserved"/>).</summary>
    public DateTimeOffset? ResyncStartedAt { get; init; }

    /// <summary>False when the start was worked back from DRBD's average speed because we came in mid-way.</summary>
    public bool ResyncStartObserved { get; init; }

    public string Instance => Disk.Instance;
    public int DiskIndex => Disk.DiskIndex;
    public DrbdHealth Health => Disk.Health;
    public DrbdDiskSide? Primary => Disk.Primary;
    public DrbdDiskSide? Secondary => Disk.Secondary;
    public IReadOnlyList<string> Notes => Disk.Notes;

    public double? Percent => Estimate?.Percent ?? Disk.Progress?.Percent;
    public long? RemainingKiB => Estimate?.RemainingKiB ?? Disk.Progress?.RemainingKiB;
    public long? TotalKiB => Estimate?.TotalKiB ?? Disk.Progress?.TotalKiB;
    public double? CurrentSpeedKiBps => Estimate?.CurrentSpeedKiBps;
    public double? SmoothedSpeedKiBps => Estimate?.SmoothedSpeedKiBps;
    public long? DrbdSpeedKiBps => Estimate?.DrbdSpeedKiBps ?? Disk.Progress?.SpeedKiBps;

    /// <summary>DRBD's <c>want:</c>, the rate its resync controller aims at (the SyncTarget side prints it).</summary>
    public long? WantKiBps => Disk.Progress?.WantKiBps;

    /// <summary>DRBD's own estimate of the time left.</summary>
    public TimeSpan? DrbdFinish => Estimate?.DrbdFinish ?? Disk.Progress?.Finish;

    /// <summary>Ours: remaining over the smoothed speed.</summary>
    public TimeSpan? Eta => Estimate?.Eta;

    public bool Disagrees => Estimate?.Disagrees ?? false;
    public bool Stalled => Estimate?.Stalled ?? Disk.Progress?.Stalled ?? false;

    /// <summary>A resync runs or waits its turn (verify excluded): what "finished" is measured against.</summary>
    public bool IsResyncing => Health is DrbdHealth.Syncing or DrbdHealth.Stalled or DrbdHealth.PausedSync;
}
