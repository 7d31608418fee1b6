namespace GntTui.Simulator;

/// <summary>OP_INSTANCE_SHUTDOWN: marks the instance down, stops it and releases its disks.</summary>
internal sealed class OpInstanceShutdown(SimClientInfo client, string instance, int timeoutSeconds) : InstanceOpcode(client, instance)
{
    public override string OpId => "OP_INSTANCE_SHUTDOWN";
    protected override string SummaryVerb => "INSTANCE_SHUTDOWN";

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        AddInstanceInputs(fields, cluster);
        fields["force"] = false;
        fields["ignore_offline_nodes"] = false;
        fields["no_remember"] = false;
        fields["timeout"] = (long)timeoutSeconds;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.1, 0.2);
        var inst = SimChecks.Instance(c, InstanceName);
        PrimaryAnswers(inst);
        ctx.PrereqDone();
        inst.AdminState = SimAdminState.Down;
        inst.Touch(ctx.Now);
        yield return ctx.Seconds(0.6, 1.1);
        c.Placement.Stop(inst);
        yield return ctx.Seconds(0.1, 0.3);
        c.Placement.DeactivateDisks(inst);
    }
}
