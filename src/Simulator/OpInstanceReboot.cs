namespace GntTui.Simulator;

/// <summary>OP_INSTANCE_REBOOT: soft and hard restart in place; full also re-assembles the disks.</summary>
internal sealed class OpInstanceReboot(SimClientInfo client, string instance, string rebootType) : InstanceOpcode(client, instance)
{
    public override string OpId => "OP_INSTANCE_REBOOT";
    protected override string SummaryVerb => "INSTANCE_REBOOT";

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        AddInstanceInputs(fields, cluster);
        fields["ignore_secondaries"] = false;
        fields["reboot_type"] = rebootType;
        fields["shutdown_timeout"] = 120L;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.1, 0.2);
        var inst = PrepareStart(ctx);
        yield return ctx.Seconds(0.5, 0.8);
        c.Placement.Stop(inst);
        if (rebootType == "full" || !inst.DisksActive)
        {
            c.Placement.DeactivateDisks(inst);
            yield return ctx.Seconds(0.2, 0.4);
            c.Placement.ActivateDisks(inst);
        }
        yield return ctx.Seconds(0.5, 0.8);
        c.Placement.StartOnPrimary(inst);
    }
}
