namespace GntTui.Engine.Store;

/// <summary>Where an audited operation stands. Stored as lower-case text.</summary>
public static class AuditStatus
{
    /// <summary>Written before the command is sent: if we crash now, the row shows we tried.</summary>
    public const string Sending = "sending";
    public const string Submitted = "submitted";
    public const string Refused = "refused";
    public const string SubmitFailed = "submit-failed";
    public const string NothingToDo = "nothing-to-do";

    /// <summary>Left <c>sending</c> by a crash and no job on the cluster carries its tag: probably never sent.</summary>
    public const string NotFound = "not-found";

    public static bool IsOpen(string status) => status is Sending or Submitted;

    /// <summary>
    /// The one reading of the stored words: ours above, a job's final status (Ganeti's, lower-cased:
    /// success, error, canceled) and DRBD history's "observed".
    /// </summary>
    public static AuditStanding Standing(string status) => status switch
    {
        Sending or Submitted => AuditStanding.Open,
        DrbdHistory.ObservedStatus => AuditStanding.Succeeded,
        Refused or NothingToDo => AuditStanding.Quiet,
        _ when Enum.TryParse<Ganeti.JobStatus>(status, ignoreCase: true, out var job) => job switch
        {
            Ganeti.JobStatus.Success => AuditStanding.Succeeded,
            Ganeti.JobStatus.Canceled => AuditStanding.Quiet,
            _ => AuditStanding.Failed,
        },
        _ => AuditStanding.Failed,
    };
}
