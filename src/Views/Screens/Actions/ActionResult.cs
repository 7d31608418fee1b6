using GntTui.Views.Screens.Dialogs;

namespace GntTui.Views.Screens.Actions;

/// <summary>A key's action: a dialog to confirm, or why there is none (said in a toast).</summary>
internal sealed record ActionResult(OperationRequest? Request, string? Why = null);
