namespace GntTui.Simulator;

/// <summary>OP_CLUSTER_VERIFY_GROUP: the per-group checks in Ganeti's section order; the result is False when an error was found.</summary>
internal sealed class OpClusterVerifyGroup(SimClientInfo client, SimNodeGroup group, bool errorCodes, IReadOnlyCollection<string> ignoreErrors)
    : SimOpcode(client)
{
    public override string OpId => "OP_CLUSTER_VERIFY_GROUP";
    public override string Summary => $"CLUSTER_VERIFY_GROUP({group.Uuid})";
    protected override bool HasDryRun => false;

    public override IEnumerable<string> LockNames(SimulatedCluster cluster) => [];

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        fields["debug_simulate_errors"] = false;
        fields["error_codes"] = errorCodes;
        fields["group_name"] = group.Uuid;
        fields["ignore_errors"] = ignoreErrors.Select(e => (object?)e).ToList();
        fields["skip_checks"] = new List<object?>();
        fields["verbose"] = false;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        var ignored = new HashSet<string>(ignoreErrors, StringComparer.Ordinal);
        var nodes = c.Nodes.Count(n => ReferenceEquals(n.Group, group));
        yield return ctx.Seconds(0.1, 0.2);
        ctx.Feedback($"* Verifying group '{group.Name}'");
        ctx.Feedback($"* Gathering data ({nodes} nodes)");
        ctx.Feedback($"* Gathering information about nodes ({nodes} nodes)");
        yield return ctx.Seconds(1.5, 2.2) + TimeSpan.FromMilliseconds(5 * nodes);
        ctx.Feedback($"* Gathering disk information ({nodes} nodes)");
        yield return ctx.Seconds(0.2, 0.6);
        var findings = ClusterVerifier.Check(c, group);
        ctx.Feedback("* Verifying configuration file consistency");
        ctx.Feedback("* Verifying node status");
        Report(ctx, findings, ClusterVerifier.NodeStatus, ignored);
        ctx.Feedback("* Verifying instance status");
        Report(ctx, findings, ClusterVerifier.InstanceStatus, ignored);
        ctx.Feedback("* Verifying orphan volumes");
        ctx.Feedback("* Verifying N+1 Memory redundancy");
        Report(ctx, findings, ClusterVerifier.NPlusOne, ignored);
        ctx.Feedback("* Other Notes");
        var groupInstances = c.Instances.Where(i => ReferenceEquals(i.PrimaryNode.Group, group)).ToList();
        var nonRedundant = groupInstances.Count(i => !DiskTemplates.IsMirrored(i.DiskTemplate));
        if (nonRedundant > 0)
        {
            ctx.Feedback($"  - NOTICE: {nonRedundant} non-redundant instance(s) found.");
        }
        var offline = c.Nodes.Count(n => ReferenceEquals(n.Group, group) && n.Offline);
        if (offline > 0)
        {
            ctx.Feedback($"  - NOTICE: {offline} offline node(s) found.");
        }
        ctx.Feedback("* Hooks Results");
        ctx.Job.Result = !findings.Any(f => !f.IsWarning && !ignored.Contains(f.Code));
        yield return ctx.Seconds(0.1, 0.2);
    }

    private void Report(SimJobContext ctx, List<SimVerifyFinding> findings, string section, HashSet<string> ignored)
    {
        foreach (var f in findings.Where(f => f.Section == section))
        {
            ctx.Feedback(f.Format(errorCodes, ignored));
        }
    }
}
