using GntTui.Engine.Operations;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Runbooks;
using GntTui.Views.Screens.Shared;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>The multi-select pane (one line per job) and the runbook pane (steps, jobs, the question it asks).</summary>
public sealed partial class ConsoleApp
{
    private readonly Dictionary<int, JobGroupStatus> _groups = [];
    private readonly DetailPane _pane = new();
    private int? _groupShown;
    private long? _runbookShown;
    private string _paneTitle = "";

    internal DetailPane Pane => _pane;

    internal IReadOnlyDictionary<int, JobGroupStatus> Groups => _groups;

    private void ShowGroup(int id)
    {
        CloseSubScreen();
        _groupShown = id;
        Mode = ConsoleMode.Group;
        RefreshPane(keepScroll: false);
    }

    private LoopOutcome ShowLastGroup()
    {
        if (_groups.Count == 0)
        {
            _toasts.Show("no multi-select sent yet: mark rows with Space, then press an operation key");
            return LoopOutcome.Redraw;
        }

        ShowGroup(_groups.Keys.Max());
        return LoopOutcome.Redraw;
    }

    private void ShowRunbook(long id)
    {
        CloseSubScreen();
        _runbookShown = id;
        Mode = ConsoleMode.Runbook;
        RefreshPane(keepScroll: false);
    }

    private LoopOutcome OpenSelectedRunbook()
    {
        if (ActiveScreen is not RunbooksView view || view.Table.SelectedKey is not { } key || view.Find(key) is not { } runbook)
        {
            return LoopOutcome.Unchanged;
        }

        ShowRunbook(runbook.Id);
        return LoopOutcome.Redraw;
    }

    private void RefreshPane(bool keepScroll = true)
    {
        DetailContent? content = Mode switch
        {
            ConsoleMode.Group when _groupShown is { } g && _groups.TryGetValue(g, out var group) => GroupDetail.Build(group),
            ConsoleMode.Runbook when _runbookShown is { } r && _data.Runbooks.TryGetValue(r, out var runbook) => RunbookDetail.Build(runbook, _time.GetUtcNow()),
            _ => null,
        };
        if (content is not null)
        {
            _paneTitle = content.Title;
            _pane.SetLines(content.Lines, keepScroll);
        }
    }

    /// <summary>y, s, r, X in the runbook pane: each asks first, with the step's own question where it has one.</summary>
    private LoopOutcome RunRunbookCommand(string command)
    {
        if (_runbookShown is not { } id || !_data.Runbooks.TryGetValue(id, out var runbook) || runbook.Current is not { } step || runbook.Aborted)
        {
            _toasts.Show("the runbook is over: nothing to answer");
            return LoopOutcome.Redraw;
        }

        var node = ShortName.Of(runbook.Node);
        var (allowed, answer, title, message, yes) = command switch
        {
            ConsoleCommands.RunbookAnswer => (step.CanConfirm, RunbookAnswer.Confirm, $"Runbook for {node}: {step.Title}", step.Question ?? "", "Yes"),
            ConsoleCommands.RunbookSkip => (step.CanSkip, RunbookAnswer.Skip, $"Skip a step of {node}'s runbook",
                $"Skip '{step.Title}' and go on with the next step?" + (step.Message is { } m ? $"\n\n{m}" : ""), "Skip it"),
            ConsoleCommands.RunbookRetry => (step.CanRetry, RunbookAnswer.Retry, $"Retry a step of {node}'s runbook",
                $"Run '{step.Title}' again? Jobs it lost track of are re-attached, failed ones sent again." + (step.Message is { } f ? $"\n\n{f}" : ""), "Retry"),
            _ => (true, RunbookAnswer.Abort, $"Abort {node}'s runbook",
                $"Stop the runbook at '{step.Title}'? Jobs already sent run on in Ganeti; {node} stays as it is now (drained, if it was drained).", "Abort"),
        };
        if (!allowed)
        {
            _toasts.Show($"'{step.Title}' is {RunbookText.StepState(step.State)}: {(command == ConsoleCommands.RunbookAnswer ? "it asks nothing now" : "not now")}", ToastLevel.Warning);
            return LoopOutcome.Redraw;
        }

        Ask(Dialog.Confirm(title, message, [yes, "No"], dangerous: true), () => _intents(new ConsoleIntent.AnswerRunbook(id, step.Id, answer)));
        return LoopOutcome.Redraw;
    }
}
