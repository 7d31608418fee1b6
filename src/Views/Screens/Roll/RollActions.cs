using GntTui.Engine.Planners;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Nodes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Roll;

/// <summary>
/// The roll screen's keys: p asks hroller again, F / O toggle <c>--full-evacuation</c> and
/// <c>--one-step-only</c>, x starts the node maintenance runbook on every node of the selected group
/// (hroller's groups share no instance, so their nodes can be emptied together), R starts the roll:
/// every group, one after the other, by itself (<see cref="RollQuestions"/>: c continues a held
/// roll, P holds it, A abandons it). Each runbook is the usual one: checkpointed, resumed after a
/// restart, answered in its pane.
/// </summary>
internal sealed class RollActions(RollView view) : IKindActions
{
    private HrollerOptions _options = new();

    public IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        KeyBinding.Create("x", ConsoleCommands.RollRun, "maintenance runbook on every node of this group", KeyGroups.Operations, dangerous: true, footer: true, hint: "run group"),
        .. RollQuestions.Bindings,
        KeyBinding.Create("p", ConsoleCommands.Replan, "ask hroller again (hroller -L)", KeyGroups.Rows, footer: true, hint: "re-plan"),
        KeyBinding.Create("F", ConsoleCommands.RollFullEvacuation, "toggle --full-evacuation (secondaries too)", KeyGroups.Rows),
        KeyBinding.Create("O", ConsoleCommands.RollOneStep, "toggle --one-step-only (the first group)", KeyGroups.Rows),
        .. Runbooks.WatcherQuestions.Bindings,
    ];

    public ConsoleIntent? OnShown() => Ask(_options);

    public ActionResult? Act(string command, ActionContext context) => command switch
    {
        ConsoleCommands.Replan => new ActionResult.Send(Ask(_options)),
        ConsoleCommands.RollFullEvacuation => new ActionResult.Send(Ask(_options with { FullEvacuation = !_options.FullEvacuation })),
        ConsoleCommands.RollOneStep => new ActionResult.Send(Ask(_options with { OneStepOnly = !_options.OneStepOnly })),
        ConsoleCommands.RollRun => Run(context),
        ConsoleCommands.RollStart => RollQuestions.Start(view.Plan, context),
        ConsoleCommands.RollContinue or ConsoleCommands.RollPause or ConsoleCommands.RollAbort => RollQuestions.For(command, context),
        ConsoleCommands.Open or ConsoleCommands.Describe => context.Selected is null ? ActionResult.None : null,
        _ => Runbooks.WatcherQuestions.For(command, context),
    };

    private ConsoleIntent Ask(HrollerOptions options)
    {
        _options = options;
        view.Asked(options);
        return new ConsoleIntent.PlanRoll(options);
    }

    private ActionResult Run(ActionContext context)
    {
        if (context.Selected is not { } key || view.Find(key) is not { } group)
        {
            return new ActionResult.Refused("no reboot group selected: wait for hroller's answer (p asks again)");
        }

        var nodes = context.Data.Snapshot.Nodes.Where(n => group.Nodes.Contains(n.Name)).ToList();
        if (nodes.Count != group.Nodes.Count)
        {
            return new ActionResult.Refused($"group {group.Position} names nodes the latest refresh does not list: p asks hroller again");
        }

        if (nodes.Count == 1)
        {
            return MaintenancePlan.Ask(nodes, context.Data);
        }

        var names = string.Join(", ", group.Nodes);
        return new ActionResult.Ask(
            Dialog.Confirm($"Maintenance runbooks for reboot group {group.Position}", $"One node maintenance runbook each, together: {names}.\n\n" +
                "Each drains its node, moves its instances off, waits for you, and brings the node back. A node the pre-flight blocks gets no runbook (said in a notice): start it from the Nodes view to override.",
                ["Start all", "Cancel"], dangerous: true),
            () => new ConsoleIntent.StartRunbooks(group.Nodes));
    }
}
