namespace GntTui.Engine.Fleet;

/// <summary>
/// One configured cluster at a glance, for the clusters view and <c>gnt-tui status --all</c>.
/// Counts are null when nothing was ever read; <see cref="Resyncs"/> only when DRBD was sampled
/// (the cluster in front: the light background poll reads the lists, not every node's DRBD).
/// </summary>
public sealed record ClusterSummary(string Name, bool IsDemo)
{
    /// <summary>The cluster the console shows now.</summary>
    public bool IsActive { get; init; }

    /// <summary>True when the last attempt answered, false when it failed (<see cref="Why"/>), null when not tried yet.</summary>
    public bool? Reachable { get; init; }

    /// <summary>Why it could not be reached, or why it was not tried.</summary>
    public string? Why { get; init; }

    /// <summary>The master could not be reached as such: refused, timed out, or "This is not the master node".</summary>
    public bool MasterGone { get; init; }

    public string? Master { get; init; }

    public int? Nodes { get; init; }

    public int? Instances { get; init; }

    public int? RunningJobs { get; init; }

    public int? Resyncs { get; init; }

    /// <summary>Offline nodes.</summary>
    public int? UnhealthyNodes { get; init; }

    /// <summary>Instances Ganeti reports in an error state (ERROR_down, ERROR_up, ERROR_nodedown …) or unknown.</summary>
    public int? UnhealthyInstances { get; init; }

    /// <summary>When the data shown was read (from the cache when nothing newer was).</summary>
    public DateTimeOffset? TakenAt { get; init; }

    public bool FromCache { get; init; }
}
