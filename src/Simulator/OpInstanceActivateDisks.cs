namespace GntTui.Simulator;

/// <summary>
/// OP_INSTANCE_ACTIVATE_DISKS: assembles the instance's disks on its nodes. For DRBD that sets up
/// missing minors and reattaches the network of StandAlone ends, so the mirror reconnects and
/// resyncs what differs. It does not start the instance.
/// </summary>
internal sealed class OpInstanceActivateDisks(SimClientInfo client, string instance) : InstanceOpcode(client, instance)
{
    public override string OpId => "OP_INSTANCE_ACTIVATE_DISKS";
    protected override string SummaryVerb => "INSTANCE_ACTIVATE_DISKS";

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        AddInstanceInputs(fields, cluster);
        fields["ignore_size"] = false;
        fields["wait_for_sync"] = false;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.1, 0.2);
        var inst = SimChecks.Instance(c, InstanceName);
        PrimaryAnswers(inst);
        ctx.PrereqDone();
        ctx.Feedback("* Activating disks");
        yield return ctx.Seconds(0.4, 0.8);
        c.Placement.ActivateDisks(inst);
        inst.Touch(ctx.Now);
    }
}
