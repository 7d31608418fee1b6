namespace GntTui.Simulator;

/// <summary>
/// OP_INSTANCE_MIGRATE, with the log lines of Ganeti 3.0 (shared storage) and of the DRBD
/// dual-master dance. The memory copy takes memory ÷ bandwidth, longer when live (dirty pages are
/// sent again), and reports progress every 10 s like Ganeti does.
/// </summary>
internal sealed class OpInstanceMigrate(SimClientInfo client, string instance, string? targetNode, string? iallocator, bool live, bool cleanup)
    : InstanceOpcode(client, instance)
{
    public override string OpId => "OP_INSTANCE_MIGRATE";
    protected override string SummaryVerb => "INSTANCE_MIGRATE";

    protected override string? TargetNodeName => targetNode;

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        var inst = cluster.FindInstance(InstanceName);
        fields["allow_failover"] = false;
        fields["allow_runtime_changes"] = true;
        fields["cleanup"] = cleanup;
        fields["ignore_hvversions"] = false;
        fields["ignore_ipolicy"] = false;
        fields["instance_name"] = InstanceName;
        fields["instance_uuid"] = inst?.Uuid;
        if (iallocator is not null)
        {
            fields["iallocator"] = iallocator;
        }
        if (job.PastPrereq)
        {
            fields["mode"] = live ? "live" : "non-live";
        }
        if (targetNode is not null)
        {
            fields["target_node"] = targetNode;
            fields["target_node_uuid"] = cluster.FindNode(targetNode)?.Uuid;
        }
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.08, 0.16);
        var inst = SimChecks.Instance(c, InstanceName);
        var target = MigrationPrereq.Check(ctx, inst, targetNode, iallocator, failover: false, cleanup);
        ctx.PrereqDone();
        yield return ctx.Seconds(0.2, 0.35);
        ctx.Feedback($"Migrating instance {inst.Name}");
        var source = inst.PrimaryNode;
        if (cleanup)
        {
            foreach (var wait in Cleanup(ctx, inst))
            {
                yield return wait;
            }
            yield break;
        }
        yield return ctx.Step();
        ctx.Feedback("* checking disk consistency between source and target");
        if (inst.IsDrbd)
        {
            foreach (var link in SimulatedCluster.DrbdLinks(inst))
            {
                var end = link.EndOn(target)!;
                if (!link.IsConnected || link.Resync is not null || end.Disk != SimDrbdDiskState.UpToDate)
                {
                    throw SimOpException.Exec($"Disk {link.Disk.Index} is degraded or not fully synchronized on target node, aborting migration");
                }
            }
        }
        yield return ctx.Step();
        if (inst.IsDrbd)
        {
            foreach (var wait in DrbdMigration.EnterDualMaster(ctx, inst, target))
            {
                yield return wait;
            }
        }
        else
        {
            ctx.Feedback($"* closing instance disks on node {target.Name}");
            yield return ctx.Step();
            ctx.Feedback($"* opening instance disks on node {source.Name} in shared mode");
            yield return ctx.Step();
            ctx.Feedback($"* opening instance disks on node {target.Name} in shared mode");
            yield return ctx.Step();
        }
        ctx.Feedback($"* preparing {target.Name} to accept the instance");
        target.ReservedMemoryMiB += inst.MemoryMiB;
        yield return ctx.Step();
        ctx.Feedback($"* migrating instance to {target.Name}");
        yield return ctx.Step();
        ctx.Feedback("* starting memory transfer");
        var bandwidth = c.Options.MigrationBandwidthMiBps * c.Rng.Between(0.9, 1.1);
        var duration = (inst.MemoryMiB / bandwidth * (live ? c.Rng.Between(1.15, 1.45) : 1.0)) + 0.1;
        var started = ctx.Now;
        var lastFeedback = started;
        while ((ctx.Now - started).TotalSeconds < duration)
        {
            if (Broken(c, inst, source, target) is { } why)
            {
                target.ReservedMemoryMiB = Math.Max(0, target.ReservedMemoryMiB - inst.MemoryMiB);
                ctx.Feedback("Migration failed, aborting");
                throw SimOpException.Exec($"Could not migrate instance {inst.Name}: {why}");
            }
            if ((ctx.Now - lastFeedback).TotalSeconds >= 10)
            {
                var progress = Math.Min(99.99, 100.0 * (ctx.Now - started).TotalSeconds / duration);
                ctx.Feedback($"* memory transfer progress: {progress:0.00} %");
                lastFeedback = ctx.Now;
            }
            var left = duration - (ctx.Now - started).TotalSeconds;
            yield return TimeSpan.FromSeconds(Math.Min(1.0, Math.Max(0.01, left)));
        }
        ctx.Feedback("* memory transfer complete");
        target.ReservedMemoryMiB = Math.Max(0, target.ReservedMemoryMiB - inst.MemoryMiB);
        c.Placement.MoveRunning(inst, target);
        c.Placement.SwapPrimary(inst, target);
        yield return ctx.Step();
        if (inst.IsDrbd)
        {
            foreach (var wait in DrbdMigration.LeaveDualMaster(ctx, inst, source))
            {
                yield return wait;
            }
        }
        else
        {
            ctx.Feedback($"* closing instance disks on node {source.Name}");
            yield return ctx.Step();
            ctx.Feedback($"* opening instance disks on node {target.Name} in exclusive mode");
            yield return ctx.Step();
        }
        ctx.Feedback("* done");
    }

    private static string? Broken(SimulatedCluster c, SimInstance inst, SimNode source, SimNode target)
    {
        if (c.Faults.TakeMigrationFailure(inst.Name))
        {
            return "hypervisor returned failure";
        }
        return SimChecks.RpcFailure(source) ?? SimChecks.RpcFailure(target);
    }

    private static IEnumerable<TimeSpan> Cleanup(SimJobContext ctx, SimInstance inst)
    {
        ctx.Feedback("* checking where the instance actually runs (if this hangs, the hypervisor might be in a bad state)");
        yield return ctx.Seconds(0.3, 0.6);
        ctx.Feedback($"* instance confirmed to be running on its primary node ({inst.PrimaryNode.Name})");
        if (inst.IsDrbd && inst.SecondaryNode is { } second)
        {
            foreach (var wait in DrbdMigration.LeaveDualMaster(ctx, inst, second))
            {
                yield return wait;
            }
        }
        ctx.Feedback("* done");
    }
}
