namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>One line of a job's log, with the progress it reports if any.</summary>
public sealed record JobLogEntry(
    DateTime? Time,
    string Message,
    JobLogKind Kind,
    double? Percent = null,
    string? Device = null,
    string? Remaining = null);
