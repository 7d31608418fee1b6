namespace GntTui.Simulator;

/// <summary>A resync's numbers at one moment, as /proc/drbd prints them (KiB, per mille, seconds, KiB/s).</summary>
public readonly record struct SimResyncReading(
    long LeftKiB,
    int PerMille,
    long FinishSeconds,
    long SpeedKiBps,
    long AverageKiBps,
    bool Stalled);
