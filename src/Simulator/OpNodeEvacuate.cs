namespace GntTui.Simulator;

/// <summary>
/// OP_NODE_EVACUATE: plans new homes with the allocator and submits one job per instance —
/// migrations for primaries (DRBD ones to their secondary), new secondaries for DRBD secondaries.
/// Instances whose storage cannot move make the whole evacuation fail, as in Ganeti.
/// </summary>
internal sealed class OpNodeEvacuate(SimClientInfo client, string node, bool? mode, string? remoteNode, string? iallocator, bool earlyRelease)
    : NodeOpcode(client, node)
{
    public override string OpId => "OP_NODE_EVACUATE";
    protected override string SummaryVerb => "NODE_EVACUATE";

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        AddNodeInputs(fields, cluster);
        fields["early_release"] = earlyRelease;
        fields["iallocator"] = iallocator ?? SimAllocator.Name;
        fields["ignore_soft_errors"] = false;
        fields["mode"] = mode switch { true => "primary-only", false => "secondary-only", _ => "all" };
        fields["remote_node"] = remoteNode;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.2, 0.4);
        var n = SimChecks.Node(c, NodeName);
        if (mode is not { } primaries)
        {
            throw SimOpException.Prereq("Due to an issue with the iallocator interface it is not possible to evacuate all instances at once;" +
                " specify explicitly whether to evacuate primary or secondary instances", "wrong_input");
        }
        var instances = (primaries ? n.PrimaryInstances : n.SecondaryInstances).OrderBy(i => i.Name, NiceSortComparer.Instance).ToList();
        ctx.PrereqDone();
        ctx.Info($"Evacuating instances from node '{n.Name}': {string.Join(", ", instances.Select(i => i.Name))}");
        yield return ctx.Seconds(0.5, 1.0);
        var moves = new List<(SimInstance Inst, SimNode To)>();
        var failed = new List<(SimInstance Inst, string Why)>();
        var promised = new Dictionary<SimNode, long>();
        foreach (var inst in instances)
        {
            SimNode? to;
            if (!primaries)
            {
                to = remoteNode is not null ? c.FindNode(remoteNode) : SimAllocator.NewSecondary(c, inst, promised);
            }
            else if (!DiskTemplates.IsMirrored(inst.DiskTemplate))
            {
                failed.Add((inst, $"Instances of type {inst.DiskTemplate} cannot be relocated"));
                continue;
            }
            else
            {
                to = inst.IsDrbd ? inst.SecondaryNode : remoteNode is not null ? c.FindNode(remoteNode) : SimAllocator.Relocate(c, inst, promised);
            }
            if (to is null)
            {
                failed.Add((inst, "No valid allocation solutions"));
                continue;
            }
            promised[to] = promised.GetValueOrDefault(to) + (primaries ? inst.MemoryMiB : inst.Disks.Sum(d => d.SizeMiB));
            moves.Add((inst, to));
        }
        if (failed.Count > 0)
        {
            var text = string.Join("; ", failed.GroupBy(f => f.Why).Select(g => $"{string.Join(", ", g.Select(f => f.Inst.Name))} ({g.Key})"));
            ctx.Warning($"Unable to evacuate instances {text}");
            throw SimOpException.Exec($"Unable to evacuate instances {text}");
        }
        ctx.Info($"Instances to be moved: {string.Join(", ", moves.Select(m => $"{m.Inst.Name} (to {m.To.Name})"))}");
        var ids = new List<long>();
        foreach (var (inst, to) in moves)
        {
            SimOpcode op = primaries
                ? new OpInstanceMigrate(Client, inst.Name, inst.IsDrbd ? null : to.Name, null, live: true, cleanup: false)
                : new OpInstanceReplaceDisks(Client, inst.Name, OpInstanceReplaceDisks.NewSecondary, to.Name, null, earlyRelease);
            ids.Add(ctx.SubmitChild(op));
        }
        ctx.Job.Result = JobsResult(ids);
        yield return ctx.Seconds(0.1, 0.3);
    }
}
