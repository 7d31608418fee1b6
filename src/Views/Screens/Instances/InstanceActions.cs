using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Instances;

/// <summary>
/// The instance keys and their dialogs: which choices to offer for the selected (or marked)
/// instances, and how the choices become the Engine's operations. One operation per instance.
/// </summary>
internal sealed class InstanceActions : IKindActions
{
    private const string Kind = "instances";

    /// <summary>The operations change the cluster, after a confirmation; the console and the copy change nothing.</summary>
    public IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        ObjectKeys.Console,
        ObjectKeys.Copy,
        KeyBinding.Create("m", ConsoleCommands.Migrate, "migrate (live)", KeyGroups.Operations, dangerous: true, footer: true, hint: "migrate"),
        KeyBinding.Create("M", ConsoleCommands.MigrateOptions, "migrate with options: target, non-live, --cleanup", KeyGroups.Operations, dangerous: true),
        KeyBinding.Create("f", ConsoleCommands.Failover, "fail over (restarts it; --ignore-consistency once the primary is offline)", KeyGroups.Operations, dangerous: true, footer: true, hint: "failover"),
        KeyBinding.Create("s", ConsoleCommands.StartStop, "start, or shut down", KeyGroups.Operations, dangerous: true, footer: true, hint: "start/stop"),
        KeyBinding.Create("r", ConsoleCommands.Reboot, "reboot (soft, hard, full)", KeyGroups.Operations, dangerous: true),
        KeyBinding.Create("R", ConsoleCommands.ReplaceDisks, "replace disks (-a -s -p, new secondary)", KeyGroups.Operations, dangerous: true),
    ];

    public IReadOnlyList<KeyBinding> DetailBindings { get; } = [ObjectKeys.Console, ObjectKeys.Copy];

    public ActionResult? Act(string command, ActionContext context)
    {
        if (ObjectKeys.Act(command, context) is { } own)
        {
            return own;
        }

        var (data, who) = (context.Data, context.Operator);
        Func<IReadOnlyList<GanetiInstance>, ActionResult>? action = command switch
        {
            ConsoleCommands.Migrate => rows => Migrate(rows, data, options: false, who),
            ConsoleCommands.MigrateOptions => rows => Migrate(rows, data, options: true, who),
            ConsoleCommands.Failover => rows => Failover(rows, data, who),
            ConsoleCommands.Reboot => rows => Reboot(rows, who),
            ConsoleCommands.StartStop => rows => StartStop(rows, who),
            ConsoleCommands.ReplaceDisks => rows => ReplaceDisks(rows, data, who),
            _ => null,
        };
        if (action is null)
        {
            return null;
        }

        if (context.Targets.Count == 0)
        {
            return ActionTargets.Refuse("no instance selected (the list is empty)");
        }

        return Find(context.Targets, data) is { } found ? action(found) : ActionTargets.Gone();
    }

    public static ActionResult Migrate(IReadOnlyList<GanetiInstance> rows, ConsoleData data, bool options, string? who)
    {
        var names = Names(rows);
        var fields = new List<ChoiceField>();
        var targets = rows.Count == 1 && !rows[0].IsDrbd ? ActionTargets.Nodes(rows[0], data) : [];
        if (targets.Count > 0)
        {
            fields.Add(new ChoiceField("target", [.. targets.Select(ActionTargets.NodeLabel), "iallocator hail chooses"]));
        }

        if (options)
        {
            fields.Add(new ChoiceField("mode", ["live", "non-live (--non-live: the instance is paused while its memory is copied)"]));
            fields.Add(new ChoiceField("cleanup", ["no", "yes: repair a failed migration (--cleanup), nothing moves"]));
        }

        var target = targets.Count > 0 ? fields[0] : null;
        var mode = options ? fields[^2] : null;
        var cleanup = options ? fields[^1] : null;
        return new ActionResult.Confirm(new OperationRequest(
            ActionTargets.Title("Migrate", names, Kind),
            "Migrate",
            fields,
            (_, reason) => [.. rows.Select(i => cleanup?.Selected == 1
                ? new InstanceMigrate(i.Name, reason, cleanup: true)
                : new InstanceMigrate(i.Name, reason,
                    targetNode: target is not null && target.Selected < targets.Count ? targets[target.Selected].Name : null,
                    nonLive: mode?.Selected == 1,
                    iallocator: i.IsDrbd || (target is not null && target.Selected < targets.Count) ? null : ActionTargets.Hail))])
        {
            IsGroup = rows.Count > 1,
            TargetText = op => op is InstanceMigrate m ? MigrateTarget(m, data) : null,
            GroupReason = ActionTargets.GroupReason("migrate", Kind, who),
        });
    }

    public static ActionResult Failover(IReadOnlyList<GanetiInstance> rows, ConsoleData data, string? who)
    {
        var names = Names(rows);
        var fields = new List<ChoiceField>();
        var single = rows.Count == 1 ? rows[0] : null;
        var targets = single is { IsDrbd: false } ? ActionTargets.Nodes(single, data) : [];
        if (targets.Count > 0)
        {
            fields.Add(new ChoiceField("target", [.. targets.Select(ActionTargets.NodeLabel), "the cluster's default iallocator chooses"]));
        }

        // Only a dead primary, marked offline, may be failed over without checking the disks.
        var deadPrimary = single is not null && data.Snapshot.FindNode(single.PrimaryNode) is { Offline: true };
        if (deadPrimary)
        {
            fields.Add(new ChoiceField("disks", ["check consistency", "--ignore-consistency (the primary is dead: unreplicated writes are lost)"]));
        }

        var target = targets.Count > 0 ? fields[0] : null;
        var ignore = deadPrimary ? fields[^1] : null;
        return new ActionResult.Confirm(new OperationRequest(
            ActionTargets.Title("Fail over", names, Kind),
            "Fail over",
            fields,
            (_, reason) => [.. rows.Select(i => new InstanceFailover(i.Name, reason,
                targetNode: target is not null && target.Selected < targets.Count ? targets[target.Selected].Name : null,
                ignoreConsistency: ignore?.Selected == 1))])
        {
            IsGroup = rows.Count > 1,
            AlwaysTyped = op => op is InstanceFailover { IgnoreConsistency: true },
            TargetText = op => op is InstanceFailover f ? FailoverTarget(f, data) : null,
            GroupReason = ActionTargets.GroupReason("fail over", Kind, who),
        });
    }

    public static ActionResult Reboot(IReadOnlyList<GanetiInstance> rows, string? who)
    {
        var names = Names(rows);
        var type = new ChoiceField("type", ["soft (the guest shuts down)", "hard (power cycle)", "full (stop, then start)"]);
        return new ActionResult.Confirm(new OperationRequest(ActionTargets.Title("Reboot", names, Kind), "Reboot", [type],
            (_, reason) => [.. rows.Select(i => new InstanceReboot(i.Name, reason, (RebootType)type.Selected))])
        {
            IsGroup = rows.Count > 1,
            GroupReason = ActionTargets.GroupReason("reboot", Kind, who),
        });
    }

    /// <summary>Starts what is down, shuts down what is up; a mix is refused rather than guessed.</summary>
    public static ActionResult StartStop(IReadOnlyList<GanetiInstance> rows, string? who)
    {
        var up = rows.Count(ActionTargets.IsUp);
        if (up > 0 && up < rows.Count)
        {
            return ActionTargets.Refuse($"{up} of the {rows.Count} marked instances run and the others do not: mark only running ones (shut down) or only stopped ones (start)");
        }

        var names = Names(rows);
        var stop = up > 0;
        var verb = stop ? "Shut down" : "Start";
        return new ActionResult.Confirm(new OperationRequest(ActionTargets.Title(verb, names, Kind), verb, [],
            (_, reason) => [.. rows.Select(i => stop ? (GanetiOperation)new InstanceShutdown(i.Name, reason) : new InstanceStartup(i.Name, reason))])
        {
            IsGroup = rows.Count > 1,
            GroupReason = ActionTargets.GroupReason(stop ? "shut down" : "start", Kind, who),
        });
    }

    public static ActionResult ReplaceDisks(IReadOnlyList<GanetiInstance> rows, ConsoleData data, string? who)
    {
        if (rows.FirstOrDefault(i => !i.IsDrbd) is { } other)
        {
            return ActionTargets.Refuse($"replace-disks is for DRBD instances: {other.Name} is {other.DiskTemplate}");
        }

        var names = Names(rows);
        var nodes = rows.Count == 1
            ? ActionTargets.Nodes(rows[0], data, rows[0].SecondaryNodes).Where(n => !n.Offline && !n.Drained).ToList()
            : [];
        var mode = new ChoiceField("mode",
        [
            "-a: whatever is faulty (auto)",
            "-s: rebuild the disks on the secondary",
            "-p: rebuild the disks on the primary",
            "-I hail: a new secondary, chosen by hail",
            .. nodes.Select(n => $"-n {n.Name}: a new secondary"),
        ]);
        return new ActionResult.Confirm(new OperationRequest(ActionTargets.Title("Replace disks of", names, Kind), "Replace disks", [mode],
            (_, reason) => [.. rows.Select(i => mode.Selected switch
            {
                0 => new InstanceReplaceDisks(i.Name, ReplaceDisksMode.Auto, reason),
                1 => new InstanceReplaceDisks(i.Name, ReplaceDisksMode.Secondary, reason),
                2 => new InstanceReplaceDisks(i.Name, ReplaceDisksMode.Primary, reason),
                3 => new InstanceReplaceDisks(i.Name, ReplaceDisksMode.NewSecondary, reason, iallocator: ActionTargets.Hail),
                var n => new InstanceReplaceDisks(i.Name, ReplaceDisksMode.NewSecondary, reason, newSecondary: nodes[n - 4].Name),
            })])
        {
            IsGroup = rows.Count > 1,
            GroupReason = ActionTargets.GroupReason("replace disks of", Kind, who),
        });
    }

    /// <summary>The instances behind the keys; null when one has gone since the rows were drawn.</summary>
    private static List<GanetiInstance>? Find(IReadOnlyList<string> keys, ConsoleData data)
    {
        var byName = keys.Count == 1 ? null : data.Snapshot.Instances.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var rows = keys.Select(k => byName is null ? data.Snapshot.FindInstance(k) : byName.GetValueOrDefault(k)).ToList();
        return rows.All(r => r is not null) ? [.. rows.OfType<GanetiInstance>()] : null;
    }

    private static List<string> Names(IReadOnlyList<GanetiInstance> rows) => [.. rows.Select(i => i.Name)];

    private static string? MigrateTarget(InstanceMigrate m, ConsoleData data)
    {
        if (m.Cleanup)
        {
            return "none: --cleanup repairs a failed migration where it stands";
        }

        var instance = data.Snapshot.FindInstance(m.Instance);
        return m.TargetNode ?? (m.IAllocator is { } a ? $"chosen by the iallocator {a}"
            : instance is { IsDrbd: true, SecondaryNodes.Count: > 0 } ? $"{instance.SecondaryNodes[0]} (its DRBD secondary)"
            : "chosen by the cluster's default iallocator");
    }

    private static string? FailoverTarget(InstanceFailover f, ConsoleData data)
    {
        var instance = data.Snapshot.FindInstance(f.Instance);
        return f.TargetNode ?? (instance is { IsDrbd: true, SecondaryNodes.Count: > 0 } ? $"{instance.SecondaryNodes[0]} (its DRBD secondary)"
            : "chosen by the cluster's default iallocator");
    }
}
