using GntTui.Engine.Operations;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>
/// Posted to the UI loop when a dialog's pre-flight, worked out off the loop, is done. Only the
/// dialog that asked, at the same <see cref="Generation"/>, takes it: an answer for choices or data
/// since changed is dropped.
/// </summary>
internal sealed record PreflightChecked(OperationDialog Dialog, int Generation, IReadOnlyList<PreflightReport> Reports, string? Error);
