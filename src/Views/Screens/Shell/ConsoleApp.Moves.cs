using GntTui.Views.Screens.Shared;

namespace GntTui.Views.Screens.Shell;

/// <summary>Up, down, pages and ends, for whatever fills the body: a list, a detail pane, a job log, a group or a runbook.</summary>
public sealed partial class ConsoleApp
{
    /// <summary>Up, down, pages, ends: for whatever fills the body.</summary>
    private bool Move(string command)
    {
        Action<int>? by = Mode switch
        {
            ConsoleMode.Detail => _detail.ScrollBy,
            ConsoleMode.JobLog => _jobLog!.ScrollBy,
            ConsoleMode.Group or ConsoleMode.Runbook => _pane.ScrollBy,
            _ => ActiveScreen.Table.MoveBy,
        };
        switch (command)
        {
            case ConsoleCommands.Up:
                by(-1);
                return true;
            case ConsoleCommands.Down:
                by(1);
                return true;
            case ConsoleCommands.PageUp:
                PageBy(-1);
                return true;
            case ConsoleCommands.PageDown:
                PageBy(1);
                return true;
            case ConsoleCommands.Top:
                Jump(toStart: true);
                return true;
            case ConsoleCommands.Bottom:
                Jump(toStart: false);
                return true;
            default:
                return false;
        }
    }

    private void PageBy(int direction)
    {
        switch (Mode)
        {
            case ConsoleMode.Detail when direction < 0:
                _detail.PageUp();
                break;
            case ConsoleMode.Detail:
                _detail.PageDown();
                break;
            case ConsoleMode.Group or ConsoleMode.Runbook when direction < 0:
                _pane.PageUp();
                break;
            case ConsoleMode.Group or ConsoleMode.Runbook:
                _pane.PageDown();
                break;
            case ConsoleMode.JobLog when direction < 0:
                _jobLog!.PageUp();
                break;
            case ConsoleMode.JobLog:
                _jobLog!.PageDown();
                break;
            case ConsoleMode.List when direction < 0:
                ActiveScreen.Table.PageUp();
                break;
            default:
                ActiveScreen.Table.PageDown();
                break;
        }
    }

    private void Jump(bool toStart)
    {
        switch (Mode)
        {
            case ConsoleMode.Detail when toStart:
                _detail.ScrollToStart();
                break;
            case ConsoleMode.Detail:
                _detail.ScrollToEnd();
                break;
            case ConsoleMode.Group or ConsoleMode.Runbook when toStart:
                _pane.ScrollToStart();
                break;
            case ConsoleMode.Group or ConsoleMode.Runbook:
                _pane.ScrollToEnd();
                break;
            case ConsoleMode.JobLog when toStart:
                _jobLog!.ScrollToStart();
                break;
            case ConsoleMode.JobLog:
                _jobLog!.ScrollToEnd();
                break;
            case ConsoleMode.List when toStart:
                ActiveScreen.Table.MoveToStart();
                break;
            default:
                ActiveScreen.Table.MoveToEnd();
                break;
        }
    }
}
