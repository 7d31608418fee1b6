namespace GntTui.Views.Screens.Messages;

/// <summary>The operator's answers to a runbook stopped at a question, a wait or a failure.</summary>
public enum RunbookAnswer
{
    Confirm,
    Skip,
    Retry,
    Abort,
}
