using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Drbd;
using GntTui.Views.Screens.Instances;
using GntTui.Views.Screens.Jobs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Nodes;
using GntTui.Views.Screens.Shared;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// Operation keys: the selected row (or the marked rows) become a confirmation dialog; what the
/// operator confirms becomes an intent. Nothing is sent from here.
/// </summary>
public sealed partial class ConsoleApp
{
    private OperationDialog? _dialog;
    private int _nextGroupId;

    internal OperationDialog? OperationDialog => _dialog;

    private static bool IsOperation(string command) => command is ConsoleCommands.Migrate or ConsoleCommands.MigrateOptions
        or ConsoleCommands.Failover or ConsoleCommands.Reboot or ConsoleCommands.StartStop or ConsoleCommands.ReplaceDisks
        or ConsoleCommands.Maintenance or ConsoleCommands.NodeMigrate or ConsoleCommands.Drain or ConsoleCommands.Offline
        or ConsoleCommands.Evacuate or ConsoleCommands.MasterCandidate or ConsoleCommands.CancelJob or ConsoleCommands.DrbdFix;

    private LoopOutcome RunOperation(string command)
    {
        var who = _options.Operator;
        var keys = ActiveScreen.Table.TargetKeys();
        if (keys.Count == 0)
        {
            return LoopOutcome.Unchanged;
        }

        if (ActiveScreen is DrbdView && command == ConsoleCommands.DrbdFix)
        {
            return FixDrbd(keys);
        }

        ActionResult? result = ActiveScreen switch
        {
            InstancesView => Instances(keys) is { } rows ? command switch
            {
                ConsoleCommands.Migrate => InstanceActions.Migrate(rows, _data, options: false, who),
                ConsoleCommands.MigrateOptions => InstanceActions.Migrate(rows, _data, options: true, who),
                ConsoleCommands.Failover => InstanceActions.Failover(rows, _data, who),
                ConsoleCommands.Reboot => InstanceActions.Reboot(rows, who),
                ConsoleCommands.StartStop => InstanceActions.StartStop(rows, who),
                ConsoleCommands.ReplaceDisks => InstanceActions.ReplaceDisks(rows, _data, who),
                _ => null,
            } : Gone(),
            NodesView => Nodes(keys) is { } nodes ? command switch
            {
                ConsoleCommands.Maintenance => PlanRunbook(nodes),
                ConsoleCommands.NodeMigrate => NodeActions.Migrate(nodes, who),
                ConsoleCommands.Drain => NodeActions.Drain(nodes, who),
                ConsoleCommands.Offline => NodeActions.Offline(nodes, who),
                ConsoleCommands.Evacuate => NodeActions.Evacuate(nodes, who),
                ConsoleCommands.MasterCandidate => NodeActions.MasterCandidate(nodes, who),
                _ => null,
            } : Gone(),
            JobsView jobs when command == ConsoleCommands.CancelJob =>
                keys.Select(jobs.FindJob).ToList() is var found && found.All(j => j is not null) ? JobActions.Cancel([.. found.OfType<GanetiJob>()]) : Gone(),
            _ => null,
        };
        switch (result)
        {
            case { Request: { } request }:
                _dialog = new OperationDialog(request, _data, who);
                return LoopOutcome.Redraw;
            case { Why: { } why }:
                _toasts.Show(why, ToastLevel.Warning);
                return LoopOutcome.Redraw;
            default:
                return _question is not null ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
        }
    }

    /// <summary>
    /// x on a DRBD disk: its advised fix in the usual dialog. One disk at a time, because marked
    /// disks can need different fixes and a resync-rate change is cluster-wide anyway.
    /// </summary>
    private LoopOutcome FixDrbd(IReadOnlyList<string> keys)
    {
        if (keys.Count != 1)
        {
            _toasts.Show("the suggested fix is per disk: unmark the rows (Esc) and select one", ToastLevel.Warning);
            return LoopOutcome.Redraw;
        }

        var result = _views[ViewKind.Drbd] is DrbdView view && view.FindDisk(keys[0]) is { } disk
            ? DrbdActions.Fix(disk)
            : ActionTargets.Refuse("that disk is not in the latest DRBD data any more");
        if (result.Request is { } request)
        {
            _dialog = new OperationDialog(request, _data, _options.Operator);
        }
        else
        {
            _toasts.Show(result.Why!, ToastLevel.Warning);
        }

        return LoopOutcome.Redraw;
    }

    private LoopOutcome HandleDialogKey(KeyEvent key)
    {
        var dialog = _dialog!;
        switch (dialog.HandleKey(key))
        {
            case PromptStatus.Submitted:
                _dialog = null;
                Send(dialog);
                break;
            case PromptStatus.Cancelled:
                _dialog = null;
                break;
        }

        return LoopOutcome.Redraw;
    }

    /// <summary>One operation through the gate; a group as one job per ready row; a cancel by the job canceller.</summary>
    private void Send(OperationDialog dialog)
    {
        if (dialog.Operations.All(op => op is Engine.Ganeti.Operations.JobCancel))
        {
            foreach (var op in dialog.IsGroup ? dialog.Ready : dialog.Operations)
            {
                _intents(new ConsoleIntent.CancelJob(((Engine.Ganeti.Operations.JobCancel)op).JobId));
            }

            return;
        }

        if (!dialog.IsGroup)
        {
            _intents(new ConsoleIntent.Submit(dialog.Single!, dialog.Override));
            _toasts.Show($"sending: {dialog.Single!.Operation.Verb} {dialog.Single.Operation.TargetName}");
            return;
        }

        var id = ++_nextGroupId;
        var ready = dialog.Ready;
        var title = $"{dialog.Request.Title} ({ready.Count} job{(ready.Count == 1 ? "" : "s")})";
        _groups[id] = new JobGroupStatus(title, [.. ready.Select((op, i) => new JobGroupRow(i, op, JobRowState.Pending))]);
        _intents(new ConsoleIntent.SubmitGroup(id, title, ready));
        ShowGroup(id);
    }

    private List<GanetiInstance>? Instances(IReadOnlyList<string> keys)
    {
        var byName = keys.Count == 1 ? null : _data.Snapshot.Instances.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var rows = keys.Select(k => byName is null ? _data.Snapshot.FindInstance(k) : byName.GetValueOrDefault(k)).ToList();
        return rows.All(r => r is not null) ? [.. rows.OfType<GanetiInstance>()] : null;
    }

    private List<GanetiNode>? Nodes(IReadOnlyList<string> keys)
    {
        var rows = keys.Select(_data.Snapshot.FindNode).ToList();
        return rows.All(r => r is not null) ? [.. rows.OfType<GanetiNode>()] : null;
    }

    private static ActionResult Gone() => ActionTargets.Refuse("that row is not in the latest refresh any more");
}
