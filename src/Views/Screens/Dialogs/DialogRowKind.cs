namespace GntTui.Views.Screens.Dialogs;

/// <summary>What one row of an operation dialog is, for drawing it.</summary>
internal enum DialogRowKind
{
    Text,
    Field,
    Reason,
    Typed,
    Buttons,
}
