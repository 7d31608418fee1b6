namespace GntTui.Simulator;

/// <summary>TLMigrateInstance.CheckPrereq, shared by migrate and failover: the target node and the checks on it.</summary>
internal static class MigrationPrereq
{
    public static SimNode Check(SimJobContext ctx, SimInstance inst, string? targetName, string? iallocator, bool failover, bool cleanup)
    {
        var c = ctx.Cluster;
        var template = inst.DiskTemplate;
        if (!DiskTemplates.IsMirrored(template))
        {
            throw SimOpException.Prereq($"Instance's disk layout '{template}' does not allow {(failover ? "failovers" : "migrations")}", "wrong_state");
        }
        SimNode target;
        if (DiskTemplates.IsExternallyMirrored(template))
        {
            if (targetName is not null)
            {
                target = SimChecks.Node(c, targetName);
                if (ReferenceEquals(target, inst.PrimaryNode))
                {
                    throw SimOpException.Prereq($"Cannot migrate instance {inst.Name} to its primary ({target.Name})", "wrong_state");
                }
            }
            else
            {
                target = SimAllocator.Relocate(c, inst) ?? throw SimAllocator.NoSolution(c, inst);
                ctx.Info($"Selected nodes for instance {inst.Name} via iallocator {iallocator ?? SimAllocator.Name}: {target.Name}");
            }
        }
        else
        {
            target = inst.SecondaryNode!;
            if (iallocator is not null || (targetName is not null && !ReferenceEquals(c.FindNode(targetName), target)))
            {
                throw SimOpException.Prereq(
                    $"Instances with disk template {template} cannot be {(failover ? "failed over" : "migrated")} to arbitrary nodes" +
                    " (neither an iallocator nor a target node can be passed)", "wrong_input");
            }
        }
        if (!cleanup)
        {
            SimChecks.NotDrained(target);
        }
        if (!cleanup && (!failover || inst.AdminState == SimAdminState.Up))
        {
            SimChecks.FreeMemory(target, $"migrating instance {inst.Name}", inst.MemoryMiB);
        }
        if (!failover && !cleanup)
        {
            if (SimChecks.RpcFailure(inst.PrimaryNode) is { } why)
            {
                throw SimOpException.Prereq($"Can't migrate, please use failover: {why}", "wrong_state");
            }
            if (!ReferenceEquals(inst.RunningOn, inst.PrimaryNode))
            {
                throw SimOpException.Prereq($"Can't migrate, please use failover: Instance {inst.Name} is not running", "wrong_state");
            }
        }
        return target;
    }
}
