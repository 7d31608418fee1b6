namespace GntTui.Simulator;

/// <summary>OP_INSTANCE_STARTUP: marks the instance up, assembles its disks and boots it on its primary.</summary>
internal sealed class OpInstanceStartup(SimClientInfo client, string instance) : InstanceOpcode(client, instance)
{
    public override string OpId => "OP_INSTANCE_STARTUP";
    protected override string SummaryVerb => "INSTANCE_STARTUP";

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        AddInstanceInputs(fields, cluster);
        fields["force"] = false;
        fields["ignore_offline_nodes"] = false;
        fields["no_remember"] = false;
        fields["startup_paused"] = false;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.1, 0.2);
        var inst = PrepareStart(ctx);
        yield return ctx.Seconds(0.2, 0.4);
        c.Placement.ActivateDisks(inst);
        yield return ctx.Seconds(0.5, 0.9);
        c.Placement.StartOnPrimary(inst);
    }
}
