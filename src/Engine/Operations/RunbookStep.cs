using System.Text.Json.Serialization;

namespace GntTui.Engine.Operations;

/// <summary>One step of a runbook as shown: its state, what it says or asks, and its jobs.</summary>
public sealed record RunbookStep(string Id, RunbookStepKind Kind, string Title)
{
    public RunbookStepState State { get; init; } = RunbookStepState.Pending;

    /// <summary>What happened, or what it waits for.</summary>
    public string? Message { get; init; }

    /// <summary>What the step noticed when it started and leaves as it is (kept across a retry).</summary>
    public string? Notes { get; init; }

    /// <summary>The question to put to the operator while <see cref="RunbookStepState.NeedsConfirmation"/>.</summary>
    public string? Question { get; init; }

    public IReadOnlyList<RunbookAction> Actions { get; init; } = [];

    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    [JsonIgnore]
    public bool IsOver => State is RunbookStepState.Done or RunbookStepState.Skipped;

    [JsonIgnore]
    public bool CanConfirm => State == RunbookStepState.NeedsConfirmation;

    [JsonIgnore]
    public bool CanSkip => State is RunbookStepState.NeedsConfirmation or RunbookStepState.Waiting or RunbookStepState.Failed;

    [JsonIgnore]
    public bool CanRetry => State == RunbookStepState.Failed;
}
