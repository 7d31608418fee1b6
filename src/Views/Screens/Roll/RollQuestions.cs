using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Planners;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Roll;

/// <summary>
/// The roll's keys: R starts it over hroller's groups (the watcher paused for it: a checkbox, ticked),
/// c continues a held roll from its group (typing the blocked nodes' names when blockers held it),
/// P holds it after the group at work, A abandons it. The next group starts by itself once every
/// runbook of the one before ended well: each group already stops at "ready" for the operator.
/// </summary>
internal static class RollQuestions
{
    public static IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        KeyBinding.Create("R", ConsoleCommands.RollStart, "start the roll: every group, one after the other", KeyGroups.Operations, dangerous: true, footer: true, hint: "roll all"),
        KeyBinding.Create("c", ConsoleCommands.RollContinue, "continue the roll from the group it stopped at", KeyGroups.Operations, dangerous: true, footer: true, hint: "continue"),
        KeyBinding.Create("P", ConsoleCommands.RollPause, "hold the roll after the group at work", KeyGroups.Operations, dangerous: true),
        KeyBinding.Create("A", ConsoleCommands.RollAbort, "abandon the roll (its runbooks stay)", KeyGroups.Operations, dangerous: true),
    ];

    public static ActionResult Start(HrollerPlan? plan, ActionContext context)
    {
        if (Open(context) is { } open)
        {
            return new ActionResult.Refused($"roll {open.Id} is open ({open.Status.ToString().ToLowerInvariant()} at {open.Where}): c continues it, A abandons it");
        }

        if (plan is not { Groups.Count: > 0 })
        {
            return new ActionResult.Refused("no reboot groups: wait for hroller's answer (p asks again)");
        }

        var groups = plan.Groups;
        var lines = groups.Select((g, i) => $" {i + 1,2}. {string.Join(", ", g.Select(ShortName.Of))}");
        var dialog = Dialog.Confirm($"Rolling maintenance: {groups.Count} reboot group(s)",
            $"hroller's groups, in its order:\n{string.Join('\n', lines)}\n\n" +
            "Each node of a group gets its maintenance runbook (drain, move off, ready: you confirm it is back, move back). " +
            "When every runbook of a group has ended well, the next group starts by itself; a failure, a blocker or P holds the roll there, " +
            "and after a restart it waits for c.",
            ["Start the roll", "Cancel"], dangerous: true)
            .WithToggle($"pause the watcher for the roll (watcher pause {(long)Engine.Operations.MaintenanceWatcher.Pause.TotalSeconds} at each group, continued at the end)", on: true);
        return new ActionResult.Ask(dialog, () => new ConsoleIntent.StartRoll(groups, dialog.Toggled));
    }

    public static ActionResult For(string command, ActionContext context)
    {
        if (Open(context) is not { } roll)
        {
            return new ActionResult.Told("no roll is open: R starts one");
        }

        return command switch
        {
            ConsoleCommands.RollPause => roll.Status == RollStatus.Stopped
                ? new ActionResult.Told($"roll {roll.Id} is already held: {roll.Stopped}")
                : new ActionResult.Send(new ConsoleIntent.AnswerRoll(roll.Id, RollAnswer.Pause, [])),
            ConsoleCommands.RollAbort => new ActionResult.Ask(
                Dialog.Confirm($"Abandon roll {roll.Id}", $"The roll stops at {roll.Where} for good. Runbooks it started stay (answer or abort them in :runbooks)." +
                    (roll.Watcher?.StillPaused is { } w ? "\n\n" + w + "." : ""), ["Abandon", "Cancel"], dangerous: true),
                () => new ConsoleIntent.AnswerRoll(roll.Id, RollAnswer.Abort, [])),
            _ => Continue(roll),
        };
    }

    private static ActionResult Continue(RollState roll)
    {
        if (roll.Status != RollStatus.Stopped)
        {
            return new ActionResult.Told($"roll {roll.Id} is running ({roll.Where})");
        }

        if (roll.Blocked.Count > 0)
        {
            var names = string.Join(' ', roll.Blocked);
            var typed = Dialog.TypedConfirm($"Continue roll {roll.Id} over its blockers", roll.Stopped ?? "", names);
            return new ActionResult.Ask(typed, () => new ConsoleIntent.AnswerRoll(roll.Id, RollAnswer.Continue, typed.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }

        return new ActionResult.Ask(Dialog.Confirm($"Continue roll {roll.Id}", $"{roll.Stopped}\n\nGo on from {roll.Where}?", ["Continue", "Cancel"], dangerous: true),
            () => new ConsoleIntent.AnswerRoll(roll.Id, RollAnswer.Continue, []));
    }

    private static RollState? Open(ActionContext context) => context.Data.Planners.Rolling is { IsOpen: true } r ? r : null;
}
