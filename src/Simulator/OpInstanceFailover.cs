namespace GntTui.Simulator;

/// <summary>
/// OP_INSTANCE_FAILOVER: stop on the primary, start on the target. For DRBD the old primary comes
/// back as secondary and resyncs what the new primary wrote while it was catching up (its
/// activity-log extents), so every failover is followed by a short resync.
/// </summary>
internal sealed class OpInstanceFailover(SimClientInfo client, string instance, string? targetNode, string? iallocator, bool ignoreConsistency)
    : InstanceOpcode(client, instance)
{
    public override string OpId => "OP_INSTANCE_FAILOVER";
    protected override string SummaryVerb => "INSTANCE_FAILOVER";

    protected override string? TargetNodeName => targetNode;

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        fields["cleanup"] = false;
        fields["ignore_consistency"] = ignoreConsistency;
        fields["ignore_ipolicy"] = false;
        fields["instance_name"] = InstanceName;
        fields["instance_uuid"] = cluster.FindInstance(InstanceName)?.Uuid;
        fields["shutdown_timeout"] = 120L;
        if (iallocator is not null)
        {
            fields["iallocator"] = iallocator;
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
        var target = MigrationPrereq.Check(ctx, inst, targetNode, iallocator, failover: true, cleanup: false);
        ctx.PrereqDone();
        yield return ctx.Seconds(0.2, 0.35);
        var source = inst.PrimaryNode;
        var sourceDown = SimChecks.RpcFailure(source);
        ctx.Feedback($"Failover instance {inst.Name}");
        yield return ctx.Step();
        if (inst.DisksActive)
        {
            ctx.Feedback("* checking disk consistency between source and target");
            foreach (var link in SimulatedCluster.DrbdLinks(inst))
            {
                var end = link.EndOn(target)!;
                if (link.IsConnected && link.Resync is null && end.Disk == SimDrbdDiskState.UpToDate)
                {
                    continue;
                }
                if (source.Offline)
                {
                    ctx.Feedback($"Node {source.Name} is offline, ignoring degraded disk {link.Disk.Index} on target node {target.Name}");
                }
                else if (!ignoreConsistency)
                {
                    throw SimOpException.Exec($"Disk {link.Disk.Index} is degraded on target node, aborting failover");
                }
            }
        }
        else
        {
            ctx.Feedback("* not checking disk consistency as instance is not running");
        }
        yield return ctx.Step();
        ctx.Feedback("* shutting down instance on source node");
        if (sourceDown is not null)
        {
            if (!ignoreConsistency && !source.Offline)
            {
                throw SimOpException.Exec($"Could not shutdown instance {inst.Name} on node {source.Name}: {sourceDown}");
            }
            ctx.Warning($"Could not shutdown instance {inst.Name} on node {source.Name}, proceeding anyway; please make sure node {source.Name} is down; error details: {sourceDown}");
        }
        else
        {
            yield return ctx.Seconds(0.5, 0.9);
            c.Placement.Stop(inst);
        }
        ctx.Feedback($"* closing instance disks on node {source.Name}");
        if (sourceDown is not null)
        {
            ctx.Warning($"Could not close instance disks on node {source.Name}, proceeding anyway");
        }
        yield return ctx.Step();
        ctx.Feedback("* deactivating the instance's disks on source node");
        if (sourceDown is not null)
        {
            foreach (var disk in inst.Disks)
            {
                ctx.Warning($"Could not shutdown block device {disk.IvName} on node {source.Name}: {sourceDown}");
            }
        }
        c.Placement.DeactivateDisks(inst);
        c.Placement.SwapPrimary(inst, target);
        yield return ctx.Seconds(0.15, 0.3);
        if (inst.AdminState != SimAdminState.Up)
        {
            yield break;
        }
        ctx.Feedback($"* activating the instance's disks on target node {target.Name}");
        yield return ctx.Seconds(0.3, 0.6);
        c.Placement.ActivateDisks(inst);
        ctx.Feedback($"* starting the instance on the target node {target.Name}");
        yield return ctx.Seconds(0.6, 1.0);
        c.Placement.StartOnPrimary(inst);
        foreach (var link in SimulatedCluster.DrbdLinks(inst))
        {
            c.Mirrors.MarkOutOfSync(link, (long)(c.Rng.Between(128.0, 1024.0) * 1024));
        }
    }
}
