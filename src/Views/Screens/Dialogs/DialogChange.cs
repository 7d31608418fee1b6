using GntTui.Engine.Operations;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>The line a dialog shows when new data changed what its keys do, so a changed meaning is never silent.</summary>
internal static class DialogChange
{
    public static string Describe(PreflightReport report, string? typedText)
    {
        if (typedText is null)
        {
            return "changed while open: the blocker is gone, y sends it now";
        }

        var why = report.Ordered.FirstOrDefault(f => f.Severity == PreflightSeverity.Blocker)?.Message;
        return $"changed while open: {why ?? "a blocker appeared"}. y no longer sends it: type {typedText} to override";
    }
}
