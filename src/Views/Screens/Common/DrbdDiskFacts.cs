using GntTui.Engine.Drbd;

namespace GntTui.Views.Screens.Common;

/// <summary>What the console reads off a DRBD disk view beyond its own properties.</summary>
internal static class DrbdDiskFacts
{
    /// <summary>Neither in sync nor verifying nor deactivated with its stopped instance: what "only unhealthy" keeps.</summary>
    public static bool IsUnhealthy(this DrbdDiskView disk) => disk.Health is not (DrbdHealth.Healthy or DrbdHealth.Verifying or DrbdHealth.Inactive);

    /// <summary>Our smoothed speed when we have one, else the last-two-samples one, else DRBD's.</summary>
    public static double? BestSpeedKiBps(this DrbdDiskView disk) =>
        disk.SmoothedSpeedKiBps ?? disk.CurrentSpeedKiBps ?? disk.DrbdSpeedKiBps;

    /// <summary>Our ETA when we have one (the first samples give none), else DRBD's own.</summary>
    public static TimeSpan? BestEta(this DrbdDiskView disk) => disk.Eta ?? disk.DrbdFinish;

    public static bool IsSplitBrain(this DrbdDiskView disk) => disk.Health == DrbdHealth.SplitBrain;

    /// <summary>Either side waits for its peer: the replication link is down.</summary>
    public static bool IsWaitingForConnection(this DrbdDiskView disk) =>
        disk.Primary?.Device?.Connection == DrbdConnectionState.WFConnection
        || disk.Secondary?.Device?.Connection == DrbdConnectionState.WFConnection;

    public static bool IsPaused(this DrbdDiskView disk) => disk.Estimate?.Paused ?? disk.Health == DrbdHealth.PausedSync;

    /// <summary>Both nodes' names, for filtering and the node view.</summary>
    public static IEnumerable<string> NodeNames(this DrbdDiskView disk) =>
        new[] { disk.Primary?.Node, disk.Secondary?.Node }.OfType<string>();

    /// <summary>The side whose device reports the pair: the primary's, else the secondary's.</summary>
    public static DrbdDevice? Reporter(this DrbdDiskView disk) => disk.Primary?.Device ?? disk.Secondary?.Device;
}
