namespace GntTui.Engine.Drbd;

/// <summary>Tuning for <see cref="ResyncEstimator"/>.</summary>
public sealed record ResyncEstimatorOptions
{
    /// <summary>How far back the smoothed speed looks (the KiB moved across it over its length).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>No decrease of the remaining KiB for this long counts as a stall.</summary>
    public TimeSpan StallAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Speeds kept per device for a sparkline.</summary>
    public int HistoryCapacity { get; init; } = 120;

    /// <summary>Our ETA and DRBD's finish disagree strongly when one is this many times the other…</summary>
    public double DisagreeFactor { get; init; } = 2.0;

    /// <summary>…and they are at least this far apart (so 3 s against 7 s is not news).</summary>
    public TimeSpan DisagreeMinimum { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Points kept in the window at most, whatever the sampling rate.</summary>
    public int MaxWindowPoints { get; init; } = 600;

    public static ResyncEstimatorOptions Default { get; } = new();
}
