using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens;

/// <summary>
/// Keys: y confirms and n cancels (except while typing into a text field, where they are text),
/// Esc always cancels; Tab/↓ and Shift+Tab/↑ move between choices, reason, typed name and buttons;
/// ←/→ (or Space) change a choice or pick a button; Enter moves on, or presses the button.
/// </summary>
internal sealed partial class OperationDialog
{
    public PromptStatus HandleKey(KeyEvent key)
    {
        if (Status != PromptStatus.Pending)
        {
            return Status;
        }

        if (key.Key == Key.Escape || (key.Ctrl && key.IsChar && key.Rune.Value == 'c'))
        {
            Status = PromptStatus.Cancelled;
            return Status;
        }

        switch (key.Key)
        {
            case Key.Tab when key.Shift:
            case Key.Up:
                MoveFocus(-1);
                return Status;
            case Key.Tab:
            case Key.Down:
                MoveFocus(1);
                return Status;
        }

        return Focus switch
        {
            DialogFocus.Field => FieldKey(key),
            DialogFocus.Reason => ReasonKey(key),
            DialogFocus.Typed => TypedKey(key),
            _ => ButtonKey(key),
        };
    }

    /// <summary>y, or Enter on the confirm button: sends when allowed, otherwise says what is missing.</summary>
    public PromptStatus Confirm()
    {
        if (Operations.Count == 0)
        {
            Error = BuildError ?? "nothing to send";
            return Status;
        }

        if (IsGroup && Ready.Count == 0)
        {
            Error = "every row is blocked by the pre-flight: nothing to send (act on them one at a time to override)";
            return Status;
        }

        if (RequiresTyped && !TypedMatches)
        {
            Error = Typed.Text.Length == 0
                ? $"Type {TypedText} to send it anyway, or Esc to cancel"
                : $"Does not match: type {TypedText} exactly";
            Focus = DialogFocus.Typed;
            return Status;
        }

        Status = PromptStatus.Submitted;
        return Status;
    }

    private PromptStatus FieldKey(KeyEvent key)
    {
        var field = Request.Fields[FieldIndex];
        switch (key.Key)
        {
            case Key.Left:
                Change(field, -1);
                return Status;
            case Key.Right:
                Change(field, 1);
                return Status;
            case Key.Enter:
                MoveFocus(1);
                return Status;
            case Key.Char when key.Rune.Value == ' ':
                Change(field, 1);
                return Status;
        }

        return Answer(key);
    }

    private PromptStatus ReasonKey(KeyEvent key)
    {
        if (key.Key == Key.Enter)
        {
            MoveFocus(1);
            return Status;
        }

        if (Reason.HandleKey(key))
        {
            _reasonEdited = true;
            Error = Reason.TruncatedNote;
            Recheck();
        }

        return Status;
    }

    private PromptStatus TypedKey(KeyEvent key)
    {
        if (key.Key == Key.Enter)
        {
            return Confirm();
        }

        if (Typed.HandleKey(key))
        {
            Error = Typed.TruncatedNote;
        }

        return Status;
    }

    private PromptStatus ButtonKey(KeyEvent key)
    {
        switch (key.Key)
        {
            case Key.Left:
                SelectedButton = 0;
                return Status;
            case Key.Right:
                SelectedButton = 1;
                return Status;
            case Key.Enter when SelectedButton == 0:
                return Confirm();
            case Key.Enter:
                Status = PromptStatus.Cancelled;
                return Status;
        }

        return Answer(key);
    }

    private PromptStatus Answer(KeyEvent key)
    {
        if (!key.IsText)
        {
            return Status;
        }

        switch (key.Rune.Value)
        {
            case 'y' or 'Y':
                return Confirm();
            case 'n' or 'N':
                Status = PromptStatus.Cancelled;
                return Status;
            default:
                return Status;
        }
    }

    private void Change(ChoiceField field, int delta)
    {
        field.Move(delta);
        Error = null;
        Recheck();
    }

    private void MoveFocus(int delta)
    {
        var stops = new List<(DialogFocus Focus, int Field)>();
        stops.AddRange(Request.Fields.Select((_, i) => (DialogFocus.Field, i)));
        if (Request.HasReason)
        {
            stops.Add((DialogFocus.Reason, 0));
        }

        if (RequiresTyped)
        {
            stops.Add((DialogFocus.Typed, 0));
        }

        stops.Add((DialogFocus.Buttons, 0));
        var at = stops.FindIndex(s => s.Focus == Focus && (Focus != DialogFocus.Field || s.Field == FieldIndex));
        var next = stops[(((at < 0 ? 0 : at) + delta) % stops.Count + stops.Count) % stops.Count];
        Focus = next.Focus;
        FieldIndex = next.Field;
    }
}
