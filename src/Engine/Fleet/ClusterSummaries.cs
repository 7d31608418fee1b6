using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Engine.Fleet;

/// <summary>Counts a cluster's summary from what was read of it; one set of rules for the console and <c>status --all</c>.</summary>
public static class ClusterSummaries
{
    /// <summary>The summary of a snapshot (live, stale or cached), with the DRBD resyncs when they were sampled.</summary>
    public static ClusterSummary From(string name, bool isDemo, ClusterSnapshot snapshot, DrbdSnapshot? drbd = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var hasData = snapshot.Info is not null || snapshot.FromCache || snapshot.Nodes.Count > 0;
        var summary = hasData ? Counts(name, isDemo, snapshot.Nodes, snapshot.Instances, snapshot.Jobs) with
        {
            Master = snapshot.Info?.MasterNode ?? MasterOf(snapshot.Nodes),
            TakenAt = snapshot.TakenAt,
            FromCache = snapshot.FromCache,
        } : new ClusterSummary(name, isDemo);
        return summary with
        {
            Reachable = snapshot.Connection switch
            {
                ConnectionState.Live => true,
                ConnectionState.Stale => false,
                _ => null,
            },
            Why = snapshot.Connection == ConnectionState.Stale ? OneLine(snapshot.Error) : null,
            MasterGone = snapshot.Connection == ConnectionState.Stale && snapshot.MasterGone,
            Resyncs = drbd?.Disks.Count(d => d.IsResyncing),
        };
    }

    /// <summary>A successful light poll: the three lists in one round trip.</summary>
    public static ClusterSummary From(string name, bool isDemo, ClusterData data, DateTimeOffset takenAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Counts(name, isDemo, data.Nodes, data.Instances, data.Jobs) with { Reachable = true, Master = MasterOf(data.Nodes), TakenAt = takenAt };
    }

    /// <summary>A poll that failed: why, and whether it says the master is gone; the last data (when any) stays with its age.</summary>
    public static ClusterSummary Failed(ClusterSummary last, Exception error)
    {
        ArgumentNullException.ThrowIfNull(last);
        ArgumentNullException.ThrowIfNull(error);
        return last with { Reachable = false, Why = OneLine(error.Message), MasterGone = MasterUnreachable.Says(error) };
    }

    private static ClusterSummary Counts(string name, bool isDemo, IReadOnlyList<GanetiNode> nodes, IReadOnlyList<GanetiInstance> instances, IReadOnlyList<GanetiJob> jobs) =>
        new(name, isDemo)
        {
            Nodes = nodes.Count,
            Instances = instances.Count,
            RunningJobs = jobs.Count(j => j.Status == JobStatus.Running),
            UnhealthyNodes = nodes.Count(n => n.Offline),
            UnhealthyInstances = instances.Count(i => i.Status is InstanceStatus.Unknown or InstanceStatus.ErrorDown or InstanceStatus.ErrorUp
                or InstanceStatus.ErrorNodeDown or InstanceStatus.ErrorNodeOffline or InstanceStatus.ErrorWrongNode),
        };

    private static string? MasterOf(IReadOnlyList<GanetiNode> nodes) => nodes.FirstOrDefault(n => n.Role == NodeRole.Master)?.Name;

    private static string? OneLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var line = text.Trim();
        var newline = line.IndexOf('\n', StringComparison.Ordinal);
        return Text.UntrustedText.Line(newline < 0 ? line : line[..newline].TrimEnd());
    }
}
