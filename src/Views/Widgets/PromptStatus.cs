namespace GntTui.Views.Widgets;

/// <summary>Where a dialog or prompt stands after a key.</summary>
public enum PromptStatus
{
    Pending,
    Submitted,
    Cancelled,
}
