using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Nodes;

/// <summary>The node keys and their dialogs. Toggles (drain, offline, candidate) go the way the node is not; a mix is refused.</summary>
internal sealed class NodeActions : IKindActions
{
    private const string Kind = "nodes";

    public IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        ObjectKeys.Copy,
        KeyBinding.Create("m", ConsoleCommands.Maintenance, "maintenance runbook (drain, empty, bring back)", KeyGroups.Operations, dangerous: true, footer: true, hint: "maintenance"),
        KeyBinding.Create("M", ConsoleCommands.NodeMigrate, "migrate all primaries off", KeyGroups.Operations, dangerous: true),
        KeyBinding.Create("d", ConsoleCommands.Drain, "drain / undrain", KeyGroups.Operations, dangerous: true, footer: true, hint: "drain"),
        KeyBinding.Create("o", ConsoleCommands.Offline, "offline / online", KeyGroups.Operations, dangerous: true),
        KeyBinding.Create("e", ConsoleCommands.Evacuate, "evacuate secondaries (-s) or primaries (-p)", KeyGroups.Operations, dangerous: true, footer: true, hint: "evacuate"),
        KeyBinding.Create("C", ConsoleCommands.MasterCandidate, "master candidate on / off", KeyGroups.Operations, dangerous: true),
    ];

    public IReadOnlyList<KeyBinding> DetailBindings { get; } = [ObjectKeys.Copy];

    public ActionResult? Act(string command, ActionContext context)
    {
        if (command == ConsoleCommands.CopyName)
        {
            return ObjectKeys.Act(command, context);
        }

        var who = context.Operator;
        Func<IReadOnlyList<GanetiNode>, ActionResult>? action = command switch
        {
            ConsoleCommands.Maintenance => rows => MaintenancePlan.Ask(rows, context.Data),
            ConsoleCommands.NodeMigrate => rows => Migrate(rows, who),
            ConsoleCommands.Drain => rows => Drain(rows, who),
            ConsoleCommands.Offline => rows => Offline(rows, who),
            ConsoleCommands.Evacuate => rows => Evacuate(rows, who),
            ConsoleCommands.MasterCandidate => rows => MasterCandidate(rows, who),
            _ => null,
        };
        if (action is null)
        {
            return null;
        }

        if (context.Targets.Count == 0)
        {
            return ActionTargets.Refuse("no node selected (the list is empty)");
        }

        var rows = context.Targets.Select(context.Data.Snapshot.FindNode).ToList();
        return rows.All(r => r is not null) ? action([.. rows.OfType<GanetiNode>()]) : ActionTargets.Gone();
    }

    public static ActionResult Drain(IReadOnlyList<GanetiNode> rows, string? who) =>
        Toggle(rows, n => n.Drained, "drained", "Drain", "Undrain", who, (n, on, reason) => new NodeSetDrained(n, on, reason));

    public static ActionResult Offline(IReadOnlyList<GanetiNode> rows, string? who) =>
        Toggle(rows, n => n.Offline, "offline", "Offline", "Online", who, (n, on, reason) => new NodeSetOffline(n, on, reason));

    public static ActionResult MasterCandidate(IReadOnlyList<GanetiNode> rows, string? who) =>
        Toggle(rows, n => n.MasterCandidate, "master candidates", "Make master candidate", "Drop master candidate", who,
            (n, on, reason) => new NodeSetMasterCandidate(n, on, reason));

    public static ActionResult Evacuate(IReadOnlyList<GanetiNode> rows, string? who)
    {
        var names = Names(rows);
        var which = new ChoiceField("evacuate", ["-s secondaries: each instance mirrored here gets a new secondary (full resync)", "-p primaries: each instance here is moved away"]);
        return new ActionResult.Confirm(new OperationRequest(ActionTargets.Title("Evacuate", names, Kind), "Evacuate", [which],
            (_, reason) => [.. rows.Select(n => new NodeEvacuate(n.Name, which.Selected == 1, reason))])
        {
            IsGroup = rows.Count > 1,
            GroupReason = ActionTargets.GroupReason("evacuate", Kind, who),
        });
    }

    public static ActionResult Migrate(IReadOnlyList<GanetiNode> rows, string? who)
    {
        var names = Names(rows);
        var mode = new ChoiceField("mode", ["live", "non-live (--non-live)"]);
        return new ActionResult.Confirm(new OperationRequest(ActionTargets.Title("Migrate all primaries off", names, Kind), "Migrate all", [mode],
            (_, reason) => [.. rows.Select(n => new NodeMigrate(n.Name, reason, mode.Selected == 1))])
        {
            IsGroup = rows.Count > 1,
            GroupReason = ActionTargets.GroupReason("migrate the primaries off", Kind, who),
        });
    }

    private static ActionResult Toggle(IReadOnlyList<GanetiNode> rows, Func<GanetiNode, bool> isOn, string what, string onVerb, string offVerb,
        string? who, Func<string, bool, string, GanetiOperation> make)
    {
        var on = rows.Count(isOn);
        if (on > 0 && on < rows.Count)
        {
            return ActionTargets.Refuse($"{on} of the {rows.Count} marked nodes are {what} and the others are not: mark only one kind");
        }

        var names = Names(rows);
        var turnOn = on == 0;
        var verb = turnOn ? onVerb : offVerb;
        return new ActionResult.Confirm(new OperationRequest(ActionTargets.Title(verb, names, Kind), verb, [],
            (_, reason) => [.. rows.Select(n => make(n.Name, turnOn, reason))])
        {
            IsGroup = rows.Count > 1,
            GroupReason = ActionTargets.GroupReason(verb.ToLowerInvariant(), Kind, who),
        });
    }

    private static List<string> Names(IReadOnlyList<GanetiNode> rows) => [.. rows.Select(n => n.Name)];
}
