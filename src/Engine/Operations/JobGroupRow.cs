using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Operations;

/// <summary>One operation of a multi-select, with its job and how it is going.</summary>
public sealed record JobGroupRow(int Index, GanetiOperation Operation, JobRowState State)
{
    public long? AuditId { get; init; }
    public long? JobId { get; init; }

    /// <summary>Ganeti's message when it failed or was refused.</summary>
    public string? Message { get; init; }

    /// <summary>The job's latest log line.</summary>
    public string? LastLine { get; init; }

    /// <summary>The latest progress figure the job reported (disk sync, memory transfer).</summary>
    public double? Percent { get; init; }

    public bool IsFinished => State is not (JobRowState.Pending or JobRowState.Sending or JobRowState.Running);
}
