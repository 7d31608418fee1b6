namespace GntTui.Engine.Live;

/// <summary>The operator's reply to a runbook stopped at a question, a wait or a failure.</summary>
public enum RunbookReply
{
    Confirm,
    Skip,
    Retry,
    Abort,
}
