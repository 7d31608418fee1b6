using GntTui.Engine.Drbd;

namespace GntTui.Views.Screens;

/// <summary>
/// One instance disk as the DRBD view shows it: the join of both sides plus our resync estimate.
/// Mirrors the DRBD layer's coming <c>DrbdDiskView</c> so either can feed the console.
/// </summary>
public sealed record DrbdDiskModel(InstanceDiskSync Disk, ResyncEstimate? Estimate = null)
{
    public string Instance => Disk.Instance;

    public int DiskIndex => Disk.DiskIndex;

    public DrbdHealth Health => Disk.Health;

    /// <summary>Neither in sync nor verifying: what "only unhealthy" keeps.</summary>
    public bool IsUnhealthy => Health is not (DrbdHealth.Healthy or DrbdHealth.Verifying);

    public double? Percent => Estimate?.Percent ?? Disk.Progress?.Percent;

    public long? RemainingKiB => Estimate?.RemainingKiB ?? Disk.Progress?.RemainingKiB;

    public long? TotalKiB => Estimate?.TotalKiB ?? Disk.Progress?.TotalKiB;

    /// <summary>Our smoothed speed when we have one, else DRBD's.</summary>
    public double? SpeedKiBps => Estimate?.SmoothedSpeedKiBps ?? Estimate?.CurrentSpeedKiBps ?? Estimate?.DrbdSpeedKiBps ?? Disk.Progress?.SpeedKiBps;

    /// <summary>Our ETA when we have one, else DRBD's own.</summary>
    public TimeSpan? Eta => Estimate?.Eta ?? Estimate?.DrbdFinish ?? Disk.Progress?.Finish;

    public bool Stalled => Estimate?.Stalled ?? Disk.Progress?.Stalled ?? false;

    public bool IsSplitBrain => Health == DrbdHealth.SplitBrain;

    /// <summary>Either side waits for its peer: the replication link is down.</summary>
    public bool IsWaitingForConnection =>
        Disk.Primary?.Device?.Connection == DrbdConnectionState.WFConnection
        || Disk.Secondary?.Device?.Connection == DrbdConnectionState.WFConnection;

    public bool IsPaused => Estimate?.Paused ?? (Health == DrbdHealth.PausedSync);

    /// <summary>Both nodes' names, for filtering and the node view's summary.</summary>
    public IEnumerable<string> Nodes =>
        new[] { Disk.Primary?.Node, Disk.Secondary?.Node }.OfType<string>();
}
