using GntTui.Engine.Operations;
using GntTui.Views.Themes;

namespace GntTui.Views.Screens.Runbooks;

/// <summary>Words and roles for runbook states, shared by the list and the runbook pane.</summary>
internal static class RunbookText
{
    public static string Status(RunbookStatus status) => status switch
    {
        RunbookStatus.NeedsAnswer => "needs you",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static StyleRole Role(RunbookStatus status) => status switch
    {
        RunbookStatus.NeedsAnswer => StyleRole.Warning,
        RunbookStatus.Running or RunbookStatus.Waiting => StyleRole.Accent,
        RunbookStatus.Finished => StyleRole.Running,
        _ => StyleRole.Muted,
    };

    public static string Mark(RunbookStepState state) => state switch
    {
        RunbookStepState.Done => "✓",
        RunbookStepState.Skipped => "–",
        RunbookStepState.Running or RunbookStepState.Waiting => "▶",
        RunbookStepState.NeedsConfirmation => "?",
        RunbookStepState.Failed => "✖",
        _ => "·",
    };

    public static StyleRole Role(RunbookStepState state) => state switch
    {
        RunbookStepState.Done => StyleRole.Running,
        RunbookStepState.Running or RunbookStepState.Waiting => StyleRole.Accent,
        RunbookStepState.NeedsConfirmation => StyleRole.Warning,
        RunbookStepState.Failed => StyleRole.Error,
        _ => StyleRole.Muted,
    };

    public static StyleRole Role(RunbookActionState state) => state switch
    {
        RunbookActionState.Succeeded => StyleRole.Running,
        RunbookActionState.Running or RunbookActionState.Sending => StyleRole.Accent,
        RunbookActionState.Planned or RunbookActionState.Canceled => StyleRole.Muted,
        _ => StyleRole.Error,
    };

    public static string StepState(RunbookStepState state) => state switch
    {
        RunbookStepState.NeedsConfirmation => "asks",
        _ => state.ToString().ToLowerInvariant(),
    };
}
