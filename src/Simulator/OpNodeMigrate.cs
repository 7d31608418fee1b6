namespace GntTui.Simulator;

/// <summary>OP_NODE_MIGRATE: one INSTANCE_MIGRATE job per primary instance of the node, whatever its template.</summary>
internal sealed class OpNodeMigrate(SimClientInfo client, string node, bool live, string? targetNode, string? iallocator)
    : NodeOpcode(client, node)
{
    public override string OpId => "OP_NODE_MIGRATE";
    protected override string SummaryVerb => "NODE_MIGRATE";

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        AddNodeInputs(fields, cluster);
        fields["allow_runtime_changes"] = true;
        fields["iallocator"] = iallocator;
        fields["ignore_ipolicy"] = false;
        fields["live"] = null;
        fields["mode"] = live ? null : "non-live";
        fields["target_node"] = targetNode;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.2, 0.4);
        var n = SimChecks.Node(c, NodeName);
        ctx.PrereqDone();
        var ids = new List<long>();
        foreach (var inst in n.PrimaryInstances.OrderBy(i => i.Name, NiceSortComparer.Instance).ToList())
        {
            ids.Add(ctx.SubmitChild(new OpInstanceMigrate(Client, inst.Name, targetNode, iallocator, live, cleanup: false)));
        }
        ctx.Job.Result = JobsResult(ids);
        yield return ctx.Seconds(0.1, 0.3);
    }
}
