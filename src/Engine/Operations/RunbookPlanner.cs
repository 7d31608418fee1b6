using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Operations;

/// <summary>
/// The pure half of a node maintenance: the steps, and for each step the jobs it needs given the
/// nodes and instances as they are now. Steps that move instances are worked out when they start,
/// from a fresh list, not from the plan's snapshot.
/// </summary>
public static class RunbookPlanner
{
    public static IReadOnlyList<RunbookStep> Steps(string node, bool pauseWatcher = false)
    {
        var n = NodeNames.Short(node);
        IReadOnlyList<RunbookStep> steps =
        [
            new("drain", RunbookStepKind.Drain, $"Drain {n}"),
            new("migrate", RunbookStepKind.MigratePrimaries, $"Live-migrate the primaries off {n}"),
            new("failover", RunbookStepKind.FailoverLeftovers, "Fail over what could not migrate (asks first)"),
            new("check-empty", RunbookStepKind.CheckEmpty, $"Check {n} has no primaries left"),
            new("evacuate-secondaries", RunbookStepKind.EvacuateSecondaries, $"Move secondaries off {n} (asks first)"),
            new("wait-resync", RunbookStepKind.WaitForResync, $"Wait for DRBD resyncs touching {n}"),
            new("ready", RunbookStepKind.ReadyForMaintenance, $"{n} is ready for maintenance (confirm when it is back)"),
            new("undrain", RunbookStepKind.Undrain, $"Undrain {n}"),
            new("wait-resync-after", RunbookStepKind.WaitForResyncAfter, $"Wait for DRBD resyncs touching {n}"),
            new("move-back", RunbookStepKind.MoveBack, $"Move the original primaries back to {n}"),
        ];
        return pauseWatcher
            ? [new("pause-watcher", RunbookStepKind.PauseWatcher, "Pause the watcher for the maintenance"), .. steps, new("continue-watcher", RunbookStepKind.ContinueWatcher, "Let the watcher continue (if this runbook paused it)")]
            : steps;
    }

    public static IEnumerable<GanetiInstance> PrimariesOf(string node, IEnumerable<GanetiInstance> instances) =>
        instances.Where(i => Same(i.PrimaryNode, node));

    /// <summary>Running primaries whose disks can follow them: live-migrated (DRBD to its secondary, others where the iallocator says).</summary>
    public static IReadOnlyList<RunbookAction> Migrations(string node, IEnumerable<GanetiInstance> instances) =>
        PrimariesOf(node, instances).Where(i => i.CanMigrate && i.Status == InstanceStatus.Running)
            .Select(i => new RunbookAction(RunbookActionKind.Migrate, i.Name)).ToList();

    /// <summary>Primaries still on the node whose disks can follow them: failed over (a restart, so it asks first).</summary>
    public static IReadOnlyList<RunbookAction> Failovers(string node, IEnumerable<GanetiInstance> instances) =>
        PrimariesOf(node, instances).Where(i => i.CanMigrate)
            .Select(i => new RunbookAction(RunbookActionKind.Failover, i.Name)).ToList();

    public static IReadOnlyList<RunbookAction> NewSecondaries(string node, IEnumerable<GanetiInstance> instances) =>
        instances.Where(i => i.SecondaryNodes.Any(s => Same(s, node)))
            .Select(i => new RunbookAction(RunbookActionKind.ReplaceSecondary, i.Name)).ToList();

    /// <summary>
    /// Moving back what the runbook moved: running instances live, stopped ones by failover; DRBD
    /// ones only while the node is still their secondary (to it, no target may be named).
    /// </summary>
    public static (IReadOnlyList<RunbookAction> Actions, IReadOnlyList<string> Notes) MoveBack(string node, IEnumerable<MovedInstance> moved, IReadOnlyList<GanetiInstance> instances)
    {
        var actions = new List<RunbookAction>();
        var notes = new List<string>();
        foreach (var name in moved.Select(m => m.Name).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var i = instances.FirstOrDefault(x => Same(x.Name, name));
            var kind = i?.Status == InstanceStatus.Running ? RunbookActionKind.Migrate : RunbookActionKind.Failover;
            if (i is null)
            {
                notes.Add($"{NodeNames.Short(name)} no longer exists");
            }
            else if (Same(i.PrimaryNode, node))
            {
                notes.Add($"{NodeNames.Short(name)} is already on {NodeNames.Short(node)}");
            }
            else if (i.IsDrbd && !i.SecondaryNodes.Any(s => Same(s, node)))
            {
                notes.Add($"{NodeNames.Short(name)} now mirrors to {NodeNames.Short(NodeNames.SecondaryOf(i) ?? "?")}, not {NodeNames.Short(node)}: left where it is");
            }
            else
            {
                actions.Add(new RunbookAction(kind, i.Name, i.IsDrbd ? null : node));
            }
        }
        return (actions, notes);
    }

    internal static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
