namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>One line of a job's log, with the progress it reports if any.</summary>
public sealed record JobLogEntry(
    DateTime? Time,
    string Message,
    JobLogKind Kind,
    double? Percent = null,
    string? Device = null,
    string? Remaining = null)
{
    /// <summary>The step a "STEP n/m" line starts.</summary>
    public JobStep? Step { get; init; }

    /// <summary>The time left Ganeti printed (utils.FormatSeconds, e.g. "1m 35s"), read back.</summary>
    public TimeSpan? Eta { get; init; }

    /// <summary>Jobs a "Submitted jobs" or "Waiting for job" line names.</summary>
    public IReadOnlyList<long> JobIds { get; init; } = [];

    /// <summary>Ganeti says the operation failed (it may still clean up and go on logging).</summary>
    public bool IsFailure => Kind is JobLogKind.MigrationFailed or JobLogKind.JobFailed;

    /// <summary>A line that moves a progress bar.</summary>
    public bool IsProgress => Percent is not null
        && Kind is JobLogKind.DiskSync or JobLogKind.MemoryTransfer or JobLogKind.DrbdResync or JobLogKind.DiskWipe or JobLogKind.DiskTransfer;
}
