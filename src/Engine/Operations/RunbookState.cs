using System.Text.Json.Serialization;

namespace GntTui.Engine.Operations;

/// <summary>
/// A node maintenance runbook at one moment: the plan, where it stands, and what it moved. Immutable;
/// this is what is checkpointed (as JSON) and what the view shows.
/// </summary>
public sealed record RunbookState(long Id, string Cluster, string Node, DateTimeOffset CreatedAt, IReadOnlyList<RunbookStep> Steps)
{
    public RunbookOptions Options { get; init; } = new();

    /// <summary>The node was drained before the runbook began: it is left drained at the end.</summary>
    public bool WasDrained { get; init; }

    /// <summary>The pre-flight of the plan (e.g. file instances that can neither migrate nor fail over).</summary>
    public IReadOnlyList<PreflightFinding> Findings { get; init; } = [];

    public IReadOnlyList<MovedInstance> Moved { get; init; } = [];

    public bool Aborted { get; init; }

    /// <summary>The watcher's pause as the pause-watcher step found or set it; null before (or without) that step.</summary>
    public WatcherHold? Watcher { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    [JsonIgnore]
    public RunbookStep? Current => Steps.FirstOrDefault(s => !s.IsOver);

    [JsonIgnore]
    public RunbookStatus Status => Aborted ? RunbookStatus.Aborted : Current?.State switch
    {
        null => RunbookStatus.Finished,
        RunbookStepState.NeedsConfirmation or RunbookStepState.Failed => RunbookStatus.NeedsAnswer,
        RunbookStepState.Waiting => RunbookStatus.Waiting,
        _ => RunbookStatus.Running,
    };

    /// <summary>True while the node is empty and drained and the runbook waits to hear it is back.</summary>
    [JsonIgnore]
    public bool IsReadyForMaintenance => !Aborted && Current?.Kind == RunbookStepKind.ReadyForMaintenance;

    public RunbookStep Step(string id) =>
        Steps.FirstOrDefault(s => s.Id == id) ?? throw new ArgumentException($"runbook {Id} has no step '{id}'", nameof(id));
}
