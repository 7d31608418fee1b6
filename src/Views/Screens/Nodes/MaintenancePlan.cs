using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Nodes;

/// <summary>m on a node: the runbook's plan and its pre-flight as a question (with the watcher choice); a blocker (the master) needs the node's name typed.</summary>
internal static class MaintenancePlan
{
    /// <summary>The checkbox: on by default, since a watcher that restarts what maintenance stopped undoes it behind the operator's back.</summary>
    public static readonly string WatcherChoice =
        $"pause the watcher during the maintenance (gnt-cluster watcher pause {(long)MaintenanceWatcher.Pause.TotalSeconds}; continued at the end if still ours)";

    public static ActionResult Ask(IReadOnlyList<GanetiNode> nodes, ConsoleData data)
    {
        if (nodes.Count != 1)
        {
            return ActionTargets.Refuse("a maintenance runbook takes one node at a time: clear the marks (Esc) and select one");
        }

        var node = nodes[0].Name;
        if (data.Runbooks.Values.FirstOrDefault(r => r.Node == node && r.Status is not (RunbookStatus.Finished or RunbookStatus.Aborted)) is { } open)
        {
            return new ActionResult.ShowRunbook(open.Id, $"runbook {open.Id} for {ShortName.Of(node)} is still open: here it is");
        }

        RunbookState plan;
        try
        {
            plan = NodeMaintenanceRunbook.Plan(node, data.Snapshot, data.Drbd);
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
        var dialog = (blocked
            ? Dialog.TypedConfirm($"Maintenance runbook for {ShortName.Of(node)}", message, node)
            : Dialog.Confirm($"Maintenance runbook for {ShortName.Of(node)}", message, ["Start", "Cancel"], dangerous: true))
            .WithToggle(WatcherChoice, on: true);
        return new ActionResult.Ask(dialog, () => new ConsoleIntent.StartRunbook(node, blocked ? dialog.Text.Trim() : null, dialog.Toggled));
    }
}
