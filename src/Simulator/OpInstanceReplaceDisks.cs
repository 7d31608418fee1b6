namespace GntTui.Simulator;

/// <summary>
/// OP_INSTANCE_REPLACE_DISKS for DRBD: new storage on one side (-p/-s) or a new secondary node
/// (-n/-I), each followed by a full resync of the fresh side, with TLReplaceDisks' six steps.
/// </summary>
internal sealed class OpInstanceReplaceDisks(SimClientInfo client, string instance, string mode, string? remoteNode, string? iallocator, bool earlyRelease)
    : InstanceOpcode(client, instance)
{
    public const string OnPrimary = "replace_on_primary";
    public const string OnSecondary = "replace_on_secondary";
    public const string NewSecondary = "replace_new_secondary";
    public const string Auto = "replace_auto";

    public override string OpId => "OP_INSTANCE_REPLACE_DISKS";
    protected override string SummaryVerb => "INSTANCE_REPLACE_DISKS";

    public override IEnumerable<string> LockNames(SimulatedCluster cluster)
    {
        foreach (var l in base.LockNames(cluster))
        {
            yield return l;
        }
        if (remoteNode is not null && cluster.FindNode(remoteNode) is { } n)
        {
            yield return "node/" + n.Name;
        }
    }

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        AddInstanceInputs(fields, cluster);
        fields["disks"] = new List<object?>();
        fields["early_release"] = earlyRelease;
        fields["iallocator"] = iallocator;
        fields["ignore_ipolicy"] = false;
        fields["mode"] = mode;
        fields["remote_node"] = remoteNode;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.1, 0.2);
        var inst = SimChecks.Instance(c, InstanceName);
        if (!inst.IsDrbd)
        {
            throw SimOpException.Prereq("Can only run replace disks for DRBD8-based instances", "wrong_input");
        }
        var primary = inst.PrimaryNode;
        var secondary = inst.SecondaryNode!;
        SimNode? newNode = null;
        SimNode? target = null;
        var release = earlyRelease;
        switch (mode)
        {
            case NewSecondary:
                newNode = remoteNode is not null ? SimChecks.Node(c, remoteNode)
                    : SimAllocator.NewSecondary(c, inst) ?? throw SimAllocator.NoSolution(c, inst);
                if (remoteNode is null)
                {
                    ctx.Info($"Selected new secondary for instance '{inst.Name}': {newNode.Name}");
                }
                if (ReferenceEquals(newNode, primary))
                {
                    throw SimOpException.Prereq("The specified node is the primary node of the instance", "wrong_input");
                }
                if (ReferenceEquals(newNode, secondary))
                {
                    throw SimOpException.Prereq("The specified node is already the secondary node of the instance", "wrong_input");
                }
                SimChecks.NotDrained(newNode);
                if (secondary.Offline && !release)
                {
                    release = true;
                    ctx.Info($"Old secondary {secondary.Name} is offline, automatically enabling early-release mode");
                }
                SimChecks.Online(newNode);
                SimChecks.Online(primary);
                break;
            case Auto:
                if (!inst.DisksActive)
                {
                    throw SimOpException.Prereq($"Please run activate-disks on instance {inst.Name} first", "wrong_state");
                }
                target = Faulty(inst, primary) ? primary : Faulty(inst, secondary) ? secondary : null;
                break;
            default:
                target = mode == OnPrimary ? primary : secondary;
                SimChecks.Online(primary);
                SimChecks.Online(secondary);
                break;
        }
        ctx.PrereqDone();
        yield return ctx.Seconds(0.1, 0.2);
        if (newNode is null && target is null)
        {
            ctx.Feedback($"No disks need replacement for instance '{inst.Name}'");
            yield break;
        }
        ctx.Feedback($"Replacing disk(s) {string.Join(", ", inst.Disks.Select(d => d.Index))} for instance '{inst.Name}'");
        ctx.Feedback($"Current primary node: {primary.Name}");
        ctx.Feedback($"Current seconary node: {secondary.Name}");
        var activated = !inst.DisksActive;
        if (activated)
        {
            c.Placement.ActivateDisks(inst);
        }
        var steps = newNode is not null
            ? ReplaceDisksSteps.NewSecondary(ctx, inst, newNode, release)
            : ReplaceDisksSteps.SameNodes(ctx, inst, target!, release);
        foreach (var wait in steps)
        {
            yield return wait;
        }
        if (activated)
        {
            c.Placement.DeactivateDisks(inst);
        }
    }

    private static bool Faulty(SimInstance inst, SimNode node) =>
        SimulatedCluster.DrbdLinks(inst).Any(l => l.EndOn(node) is { } e && e.IsActive && e.Disk == SimDrbdDiskState.Diskless);
}
