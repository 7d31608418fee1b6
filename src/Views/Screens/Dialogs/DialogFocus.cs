namespace GntTui.Views.Screens.Dialogs;

/// <summary>Where keys go in an operation dialog.</summary>
internal enum DialogFocus
{
    Field,
    Reason,
    Typed,
    Buttons,
}
