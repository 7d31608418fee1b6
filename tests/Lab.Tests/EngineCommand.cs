using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Lab.Tests;

/// <summary>
/// One command the Engine sends, as a row of <see cref="EngineCommands"/>: a mutation (built from the
/// id of the job the row before it queued, for the cancel) or a read-only query. Rows of one section
/// run in order from the lab's initial state. <see cref="Expect"/> is what the lab ends with: a job
/// status ("success", "error", "canceled"), or the audit status of a refusal ("submit-failed",
/// "nothing-to-do"). <see cref="Follow"/> false: the next row needs this job still pending.
/// <see cref="LabSetup"/>: commands run on the lab first, not ones the Engine sends (the lab's fake
/// hypervisor reboots too fast to cancel a job waiting behind a reboot, so one job slot and a delay
/// keep the next job queued); <see cref="LabUndo"/> puts the cluster back, whatever happened.
/// </summary>
internal sealed record EngineCommand(string Name, int Section, Func<long, GanetiOperation>? Operation, Func<long, IReadOnlyList<string>>? Query, string Expect, bool Follow = true)
{
    public IReadOnlyList<IReadOnlyList<string>> LabSetup { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<string>> LabUndo { get; init; } = [];

    /// <summary>Why the differential test does not compare this row (null: it does).</summary>
    public string? NotCompared { get; init; }

    public override string ToString() => Name;

    public IReadOnlyList<string> Argv(long previousJob) => Operation is not null ? Operation(previousJob).BuildArgv() : Query!(previousJob);
}
