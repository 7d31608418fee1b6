using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Model;

/// <summary>
/// Everything the views know about a cluster at one moment. Immutable: the refresh loop publishes
/// a new one, the UI loop swaps it in.
/// </summary>
public sealed record ClusterSnapshot(
    string ClusterName,
    ClusterInfo? Info,
    IReadOnlyList<GanetiNode> Nodes,
    IReadOnlyList<GanetiInstance> Instances,
    IReadOnlyList<GanetiJob> Jobs,
    DateTimeOffset TakenAt,
    ConnectionState Connection,
    string? Error = null,
    bool IsDemo = false,
    bool FromCache = false,
    RefusedRows? Refused = null,
    DateTimeOffset? LateAfter = null)
{
    /// <summary>The last refresh failed in a way that says the master is gone (<see cref="MasterUnreachable"/>).</summary>
    public bool MasterGone { get; init; }

    /// <summary>The refused list lines; never null (an older cached snapshot has none recorded).</summary>
    public RefusedRows RefusedOrNone => Refused ?? RefusedRows.None;

    public static ClusterSnapshot Empty(string clusterName, DateTimeOffset now, bool isDemo = false) =>
        new(clusterName, null, [], [], [], now, ConnectionState.Connecting, null, isDemo);

    public GanetiNode? FindNode(string name) => Nodes.FirstOrDefault(n => n.Name == name);

    public GanetiInstance? FindInstance(string name) => Instances.FirstOrDefault(i => i.Name == name);
}
