namespace GntTui.Engine.Operations;

public enum RunbookActionState
{
    Planned,
    /// <summary>Checkpointed just before sending: after a crash here, the audit log tells whether Ganeti got it.</summary>
    Sending,
    Running,
    Succeeded,
    Failed,
    Canceled,
    Refused,
    SubmitFailed,
    /// <summary>A crash while sending, and no trace of an answer: the operator checks the job list.</summary>
    Unknown,
}
