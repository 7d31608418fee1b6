namespace GntTui.Engine.Ganeti;

/// <summary>A Ganeti job's status.</summary>
public enum JobStatus
{
    Unknown,
    Queued,
    Waiting,
    Running,
    Canceling,
    Canceled,
    Success,
    Error,
}
