using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>
/// Keys: y confirms and n cancels (except while typing into a text field, where they are text),
/// Esc always cancels; Tab/↓ and Shift+Tab/↑ move between choices, reason, typed name and buttons;
/// ←/→ (or Space) change a choice or pick a button; Enter moves on, or presses the button.
/// </summary>
internal static class OperationDialogKeys
{
    public static PromptStatus Handle(OperationDialog dialog, KeyEvent key)
    {
        if (dialog.Status != PromptStatus.Pending)
        {
            return dialog.Status;
        }

        if (key.Key == Key.Escape || (key.Ctrl && key.IsChar && key.Rune.Value == 'c'))
        {
            return dialog.Cancel();
        }

        if (dialog.HoldsConfirmKey)
        {
            if (key.IsText && key.Rune.Value is 'y' or 'Y')
            {
                return dialog.RefuseHeldConfirm();
            }

            dialog.ReleaseConfirmKey();
        }

        switch (key.Key)
        {
            case Key.Tab when key.Shift:
            case Key.Up:
                return dialog.MoveFocus(-1);
            case Key.Tab:
            case Key.Down:
                return dialog.MoveFocus(1);
        }

        return dialog.Focus switch
        {
            DialogFocus.Field => FieldKey(dialog, key),
            DialogFocus.Reason => key.Key == Key.Enter ? dialog.MoveFocus(1) : dialog.EditReason(key),
            DialogFocus.Typed => key.Key == Key.Enter ? dialog.Confirm() : dialog.EditTyped(key),
            _ => ButtonKey(dialog, key),
        };
    }

    private static PromptStatus FieldKey(OperationDialog dialog, KeyEvent key) => key.Key switch
    {
        Key.Left => dialog.ChangeField(-1),
        Key.Right => dialog.ChangeField(1),
        Key.Enter => dialog.MoveFocus(1),
        Key.Char when key.Rune.Value == ' ' => dialog.ChangeField(1),
        _ => Answer(dialog, key),
    };

    private static PromptStatus ButtonKey(OperationDialog dialog, KeyEvent key) => key.Key switch
    {
        Key.Left => dialog.SelectButton(0),
        Key.Right => dialog.SelectButton(1),
        Key.Enter when dialog.SelectedButton == 0 => dialog.Confirm(),
        Key.Enter => dialog.Cancel(),
        _ => Answer(dialog, key),
    };

    private static PromptStatus Answer(OperationDialog dialog, KeyEvent key) => key.IsText ? key.Rune.Value switch
    {
        'y' or 'Y' => dialog.Confirm(),
        'n' or 'N' => dialog.Cancel(),
        _ => dialog.Status,
    } : dialog.Status;
}
