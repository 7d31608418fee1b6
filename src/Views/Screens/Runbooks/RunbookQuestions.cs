using GntTui.Engine.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Runbooks;

/// <summary>y, s, r, X in the runbook pane: each asks first, with the step's own question where it has one.</summary>
internal static class RunbookQuestions
{
    public static ActionResult For(string command, RunbookState? runbook)
    {
        if (runbook is not { Current: { } step, Aborted: false })
        {
            return new ActionResult.Told("the runbook is over: nothing to answer");
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
            return ActionTargets.Refuse($"'{step.Title}' is {RunbookText.StepState(step.State)}: {(command == ConsoleCommands.RunbookAnswer ? "it asks nothing now" : "not now")}");
        }

        var id = runbook.Id;
        return new ActionResult.Ask(Dialog.Confirm(title, message, [yes, "No"], dangerous: true), () => new ConsoleIntent.AnswerRunbook(id, step.Id, answer));
    }
}
