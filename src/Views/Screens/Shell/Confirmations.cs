using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// What must be answered before anything else acts: an operation dialog, or a plain yes/no (or
/// type-the-name) question. Whichever is open owns every key until it is answered.
/// </summary>
internal sealed class Confirmations
{
    private Func<ConsoleIntent>? _onYes;

    public OperationDialog? Dialog { get; private set; }

    public Dialog? Question { get; private set; }

    public bool IsOpen => Dialog is not null || Question is not null;

    public void Open(OperationDialog dialog) => Dialog = dialog;

    public void Ask(Dialog question, Func<ConsoleIntent> onYes)
    {
        Question = question;
        _onYes = onYes;
    }

    /// <summary>New data: the operation dialog works its pre-flight out again.</summary>
    public void Update(ConsoleData data) => Dialog?.Update(data);

    /// <summary>Findings worked out off the loop; true when they were the open dialog's current ones.</summary>
    public bool Checked(PreflightChecked answer) => ReferenceEquals(Dialog, answer.Dialog) && Dialog.Checked(answer);

    /// <summary>A key for whichever is open: the dialog once it is confirmed, or the intent a question's yes sends.</summary>
    public (OperationDialog? Confirmed, ConsoleIntent? Answered) HandleKey(KeyEvent key)
    {
        if (Dialog is { } dialog)
        {
            var status = dialog.HandleKey(key);
            if (status != PromptStatus.Pending)
            {
                dialog.Close();
                Dialog = null;
            }

            return (status == PromptStatus.Submitted ? dialog : null, null);
        }

        return (null, Question is { } question ? Answer(question, key) : null);
    }

    public void Render(Screen screen, Rect body, Theme theme)
    {
        Question?.Render(screen, body, theme);
        Dialog?.Render(screen, body, theme);
    }

    private ConsoleIntent? Answer(Dialog question, KeyEvent key)
    {
        if (question.Kind == DialogKind.Confirm && key.IsText && key.Rune.Value is 'y' or 'Y')
        {
            question.MoveButton(-question.SelectedButton);
            question.Submit();
        }
        else if (question.Kind == DialogKind.Confirm && key.IsText && key.Rune.Value is 'n' or 'N')
        {
            question.Cancel();
        }
        else
        {
            question.HandleKey(key);
        }

        if (question.Status == PromptStatus.Pending)
        {
            return null;
        }

        var yes = question.Accepted ? _onYes?.Invoke() : null;
        Question = null;
        _onYes = null;
        return yes;
    }
}
