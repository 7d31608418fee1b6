namespace GntTui.Engine.Operations;

/// <summary>Where one row of a <see cref="JobGroup"/> stands.</summary>
public enum JobRowState
{
    Pending,
    /// <summary>The audit row is written and the command is on its way.</summary>
    Sending,
    /// <summary>Ganeti accepted it; we follow the job.</summary>
    Running,
    Succeeded,
    Failed,
    Canceled,
    /// <summary>Refused before sending (read-only mode).</summary>
    Refused,
    /// <summary>Ganeti refused it, or we could not tell whether it got there.</summary>
    SubmitFailed,
    /// <summary>We stopped following; the job goes on and is re-attached from the audit log.</summary>
    Lost,
}
