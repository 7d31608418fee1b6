namespace GntTui.Simulator;

/// <summary>OP_CLUSTER_VERIFY_CONFIG: the cluster-wide checks, which a healthy simulated config passes.</summary>
internal sealed class OpClusterVerifyConfig(SimClientInfo client, bool errorCodes) : SimOpcode(client)
{
    public override string OpId => "OP_CLUSTER_VERIFY_CONFIG";
    public override string Summary => "CLUSTER_VERIFY_CONFIG";
    protected override bool HasDryRun => false;

    public override IEnumerable<string> LockNames(SimulatedCluster cluster) => [];

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        fields["debug_simulate_errors"] = false;
        fields["error_codes"] = errorCodes;
        fields["ignore_errors"] = new List<object?>();
        fields["verbose"] = false;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        yield return ctx.Seconds(0.1, 0.2);
        ctx.Feedback("* Verifying cluster config");
        ctx.Feedback("* Verifying cluster certificate files");
        ctx.Feedback("* Verifying hypervisor parameters");
        ctx.Feedback("* Verifying all nodes belong to an existing group");
        ctx.Job.Result = true;
        yield return ctx.Seconds(0.1, 0.25);
    }
}
