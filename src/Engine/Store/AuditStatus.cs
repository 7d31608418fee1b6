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

    public static bool IsOpen(string status) => status is Sending or Submitted;
}
