using System.Text.Json.Serialization;

namespace GntTui.Engine.Operations.Rolling;

/// <summary>One of hroller's reboot groups inside a roll: its nodes, the runbook each got, and whether all of them ended well.</summary>
public sealed record RollGroup(int Position, IReadOnlyList<string> Nodes)
{
    /// <summary>Node → the id of its node maintenance runbook (none yet: the group has not started, or the node's runbook was aborted and is started again on continue).</summary>
    public IReadOnlyDictionary<string, long> Runbooks { get; init; } = new Dictionary<string, long>();

    public bool Done { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    [JsonIgnore]
    public bool Started => Runbooks.Count > 0;
}
