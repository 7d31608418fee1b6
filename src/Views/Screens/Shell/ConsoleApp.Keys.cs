using GntTui.Views.Screens.Shared;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>Key routing: whatever is open on top (help, :, /) gets the key first, then the screen's key map.</summary>
public sealed partial class ConsoleApp
{
    private LoopOutcome HandleKey(KeyEvent key)
    {
        var command = CurrentKeys.CommandFor(key);

        // Ctrl+C leaves from anywhere, prompts and dialogs included; a plain q typed into one is just a q.
        if (command == ConsoleCommands.Quit && (key.Ctrl || !(_paletteOpen || _filterOpen || _dialog is not null || _question is not null)))
        {
            return Quit();
        }

        if (IsTooSmall)
        {
            return LoopOutcome.Unchanged;
        }

        // A confirmation owns every key until it is answered: nothing behind it may act.
        if (_dialog is not null)
        {
            return HandleDialogKey(key);
        }

        if (_question is not null)
        {
            return HandleQuestionKey(key);
        }

        if (_help is not null)
        {
            if (_help.HandleKey(key) != PromptStatus.Pending)
            {
                _help = null;
            }

            return LoopOutcome.Redraw;
        }

        if (_paletteOpen)
        {
            return HandlePaletteKey(key);
        }

        if (_filterOpen)
        {
            return HandleFilterKey(key);
        }

        return command is null ? LoopOutcome.Unchanged : Run(command);
    }

    private LoopOutcome HandlePaletteKey(KeyEvent key)
    {
        switch (_palette.HandleKey(key))
        {
            case PromptStatus.Submitted:
                _paletteOpen = false;
                return RunPaletteCommand(_palette.Command!);
            case PromptStatus.Cancelled:
                _paletteOpen = false;
                break;
        }

        return LoopOutcome.Redraw;
    }

    private LoopOutcome RunPaletteCommand(string name)
    {
        if (ScreenRegistry.ForCommand(name) is { } registration)
        {
            return SwitchTo(registration.Kind);
        }

        return Run(name);
    }

    private LoopOutcome HandleFilterKey(KeyEvent key)
    {
        var status = _filter.HandleKey(key);

        // The filter applies as it is typed; Esc has already put back the one from before.
        ActiveScreen.SetFilter(_filter.Filter);
        if (status != PromptStatus.Pending)
        {
            _filterOpen = false;
        }

        return LoopOutcome.Redraw;
    }
}
