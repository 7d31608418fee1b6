namespace GntTui.Simulator;

/// <summary>OP_CLUSTER_VERIFY: submits the config check and one group check per node group.</summary>
internal sealed class OpClusterVerify(SimClientInfo client, bool errorCodes, IReadOnlyCollection<string> ignoreErrors) : SimOpcode(client)
{
    public override string OpId => "OP_CLUSTER_VERIFY";
    public override string Summary => "CLUSTER_VERIFY";
    protected override bool HasDryRun => false;

    public override IEnumerable<string> LockNames(SimulatedCluster cluster) => [];

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        fields["debug_simulate_errors"] = false;
        fields["error_codes"] = errorCodes;
        fields["group_name"] = null;
        fields["ignore_errors"] = ignoreErrors.Select(e => (object?)e).ToList();
        fields["skip_checks"] = new List<object?>();
        fields["verbose"] = false;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        yield return ctx.Seconds(0.3, 0.6);
        var ids = new List<long> { ctx.SubmitChild(new OpClusterVerifyConfig(Client, errorCodes)) };
        foreach (var group in ctx.Cluster.Groups)
        {
            ids.Add(ctx.SubmitChild(new OpClusterVerifyGroup(Client, group, errorCodes, ignoreErrors)));
        }
        ctx.Job.Result = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["jobs"] = ids.Select(id => (object?)new List<object?> { true, id }).ToList(),
        };
    }
}
