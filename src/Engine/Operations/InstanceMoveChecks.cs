using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;

namespace GntTui.Engine.Operations;

/// <summary>Pre-flight of one instance's migrate or failover. Wording follows Ganeti's where it has some.</summary>
internal static class InstanceMoveChecks
{
    public static void Migrate(InstanceMigrate op, ClusterSnapshot cluster, DrbdSnapshot? drbd, List<PreflightFinding> found)
    {
        if (Find(op.Instance, cluster, found) is not { } instance)
        {
            return;
        }
        if (op.Cleanup)
        {
            found.Add(PreflightFinding.Info(PreflightCodes.NothingToMove, "--cleanup only repairs a failed migration: nothing is moved"));
            return;
        }
        if (!instance.CanMigrate)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.TemplateCannotMove, $"Instance's disk layout '{instance.DiskTemplate}' does not allow migrations"));
            return;
        }
        var primary = cluster.FindNode(instance.PrimaryNode);
        if (primary is { Offline: true })
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.PrimaryOffline, "Can't migrate, please use failover: Node is marked offline"));
        }
        else if (instance.Status != InstanceStatus.Running)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.NotRunning,
                $"{NodeNames.Short(instance.Name)} is {instance.StatusText}: only a running instance can be migrated; fail it over instead"));
        }
        Target(instance, op.TargetNode, op.IAllocator, "migrate", checkMemory: true, cluster, found);
        found.AddRange(DrbdSyncCheck.Check(instance, drbd, "migrate"));
    }

    public static void Failover(InstanceFailover op, ClusterSnapshot cluster, DrbdSnapshot? drbd, List<PreflightFinding> found)
    {
        if (Find(op.Instance, cluster, found) is not { } instance)
        {
            return;
        }
        if (!instance.CanMigrate)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.TemplateCannotMove, $"Instance's disk layout '{instance.DiskTemplate}' does not allow failovers"));
            return;
        }
        var primaryOffline = cluster.FindNode(instance.PrimaryNode) is { Offline: true };
        if (op.IgnoreConsistency && !primaryOffline)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.IgnoreConsistencyPrimaryOnline,
                $"--ignore-consistency is for a dead primary: mark {NodeNames.Short(instance.PrimaryNode)} offline first (Ganeti asks \"the source node must be marked offline first. Is this already the case?\")"));
        }
        if (primaryOffline)
        {
            found.Add(PreflightFinding.Info(PreflightCodes.PrimaryOffline,
                $"{NodeNames.Short(instance.PrimaryNode)} is offline: the instance is started on the target without a clean shutdown"));
        }
        // Ganeti checks memory on the target only when it will start the instance there.
        Target(instance, op.TargetNode, null, "fail over", checkMemory: instance.AdminState == "up", cluster, found);
        if (op.IgnoreConsistency)
        {
            if (instance.IsDrbd)
            {
                found.Add(PreflightFinding.Warning(PreflightCodes.IgnoreConsistencyDataLoss,
                    $"the disks on {NodeNames.Short(NodeNames.SecondaryOf(instance) ?? "the secondary")} are used as they are: writes not yet replicated are lost"));
            }
        }
        else if (!primaryOffline)
        {
            found.AddRange(DrbdSyncCheck.Check(instance, drbd, "fail over"));
        }
    }

    private static GanetiInstance? Find(string name, ClusterSnapshot cluster, List<PreflightFinding> found)
    {
        var instance = cluster.FindInstance(name);
        if (instance is null)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.UnknownInstance, $"no instance {name} in the last refresh"));
        }
        return instance;
    }

    /// <summary>Where it goes: DRBD to its secondary, others to the node given or where the iallocator says.</summary>
    private static void Target(GanetiInstance instance, string? requested, string? iallocator, string verb, bool checkMemory, ClusterSnapshot cluster, List<PreflightFinding> found)
    {
        var memory = instance.Memory.OrNull;
        string? target;
        if (instance.IsDrbd)
        {
            target = NodeNames.SecondaryOf(instance);
            if (requested is not null && !string.Equals(requested, target, StringComparison.OrdinalIgnoreCase) || iallocator is not null)
            {
                found.Add(PreflightFinding.Blocker(PreflightCodes.NoTarget,
                    $"Instances with disk template drbd cannot be {(verb == "migrate" ? "migrated" : "failed over")} to arbitrary nodes (neither an iallocator nor a target node can be passed)"));
                return;
            }
        }
        else
        {
            target = requested;
        }
        if (target is null)
        {
            Allocated(instance, iallocator, checkMemory ? memory : null, cluster, found);
            return;
        }
        NodeChecks.Target(instance, target, checkMemory ? memory : null, cluster, found);
    }

    private static void Allocated(GanetiInstance instance, string? iallocator, long? memory, ClusterSnapshot cluster, List<PreflightFinding> found)
    {
        var plan = new MemoryPlan(cluster.Nodes, cluster.Instances);
        var best = plan.Roomiest(memory ?? 0, instance.PrimaryNode);
        if (best is null)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.NoTarget, memory is { } m
                ? $"no online, undrained node other than {NodeNames.Short(instance.PrimaryNode)} has {NodeNames.Mib(m)} free"
                : $"no online, undrained node other than {NodeNames.Short(instance.PrimaryNode)}"));
            return;
        }
        found.Add(PreflightFinding.Info(PreflightCodes.IAllocatorChooses,
            $"the target is chosen by the iallocator ({iallocator ?? "cluster default"}); {NodeNames.Short(best)} has the most room"));
        NPlusOne.Compare(cluster, p => p.Move(instance, best, MemoryPlan.Used(instance)), found);
    }
}
