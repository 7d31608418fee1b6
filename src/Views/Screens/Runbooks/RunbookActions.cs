using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Runbooks;

/// <summary>Enter on a runbook opens its pane (steps, jobs, the question it asks); answering happens there. w / W pause and continue the watcher.</summary>
internal sealed class RunbookActions(RunbooksView view) : IKindActions
{
    public IReadOnlyList<KeyBinding> Bindings => WatcherQuestions.Bindings;

    public ActionResult? Act(string command, ActionContext context) => command switch
    {
        ConsoleCommands.Open => context.Selected is { } key && view.Find(key) is { } runbook ? new ActionResult.ShowRunbook(runbook.Id) : ActionResult.None,
        _ => WatcherQuestions.For(command, context),
    };
}
