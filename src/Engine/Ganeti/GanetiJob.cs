namespace GntTui.Engine.Ganeti;

/// <summary>One row of <c>gnt-job list</c>.</summary>
public sealed record GanetiJob(
    long Id,
    JobStatus Status,
    string Summary,
    DateTimeOffset? Received,
    DateTimeOffset? Started,
    DateTimeOffset? Ended)
{
    public bool IsFinished => Status is JobStatus.Success or JobStatus.Error or JobStatus.Canceled;
}
