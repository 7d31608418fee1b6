using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shared;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>Plain yes/no (or type-the-name) questions: starting a runbook and answering one.</summary>
public sealed partial class ConsoleApp
{
    private Dialog? _question;
    private Action? _onYes;
    private string? _awaitRunbookFor;

    internal Dialog? Question => _question;

    private void Ask(Dialog dialog, Action onYes)
    {
        _question = dialog;
        _onYes = onYes;
    }

    private LoopOutcome HandleQuestionKey(KeyEvent key)
    {
        var dialog = _question!;
        if (dialog.Kind == DialogKind.Confirm && key.IsText && key.Rune.Value is 'y' or 'Y')
        {
            dialog.MoveButton(-dialog.SelectedButton);
            dialog.Submit();
        }
        else if (dialog.Kind == DialogKind.Confirm && key.IsText && key.Rune.Value is 'n' or 'N')
        {
            dialog.Cancel();
        }
        else
        {
            dialog.HandleKey(key);
        }

        if (dialog.Status != PromptStatus.Pending)
        {
            _question = null;
            if (dialog.Accepted)
            {
                _onYes?.Invoke();
            }

            _onYes = null;
        }

        return LoopOutcome.Redraw;
    }

    /// <summary>m on a node: the runbook's plan and its pre-flight; a blocker (the master) needs the node's name typed.</summary>
    private ActionResult? PlanRunbook(IReadOnlyList<GanetiNode> nodes)
    {
        if (nodes.Count != 1)
        {
            return ActionTargets.Refuse("a maintenance runbook takes one node at a time: clear the marks (Esc) and select one");
        }

        var node = nodes[0].Name;
        if (_data.Runbooks.Values.FirstOrDefault(r => r.Node == node && r.Status is not (RunbookStatus.Finished or RunbookStatus.Aborted)) is { } open)
        {
            ShowRunbook(open.Id);
            return ActionTargets.Refuse($"runbook {open.Id} for {ShortName.Of(node)} is still open: here it is");
        }

        RunbookState plan;
        try
        {
            plan = NodeMaintenanceRunbook.Plan(node, _data.Snapshot, _data.Drbd);
        }
        catch (ArgumentException e)
        {
            return ActionTargets.Refuse(e.Message);
        }

        var steps = plan.Steps.Select((s, i) => $" {i + 1,2}. {s.Title}" + (s.Actions.Count > 0 ? $" ({s.Actions.Count} job{(s.Actions.Count == 1 ? "" : "s")})" : ""));
        var findings = plan.Findings.Select(f => $" {(f.Severity == PreflightSeverity.Blocker ? "✖" : f.Severity == PreflightSeverity.Warning ? "⚠" : "·")} {f.Message}");
        var message = $"Plan for {node}:\n{string.Join('\n', steps)}\n\nPre-flight:\n{(plan.Findings.Count == 0 ? " nothing found" : string.Join('\n', findings))}\n\n"
            + "Steps that ask stop for your answer; progress is saved and resumes after a restart.";
        var blocked = plan.Findings.Any(f => f.Severity == PreflightSeverity.Blocker);
        var dialog = blocked
            ? Dialog.TypedConfirm($"Maintenance runbook for {ShortName.Of(node)}", message, node)
            : Dialog.Confirm($"Maintenance runbook for {ShortName.Of(node)}", message, ["Start", "Cancel"], dangerous: true);
        Ask(dialog, () =>
        {
            _awaitRunbookFor = node;
            _intents(new ConsoleIntent.StartRunbook(node, blocked ? dialog.Text.Trim() : null));
        });
        return new ActionResult(null);
    }
}
