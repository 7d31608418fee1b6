namespace GntTui.Simulator;

/// <summary>
/// OP_NODE_SET_PARAMS for the flags the console changes: offline, drained, master candidate.
/// Offlining or draining demotes a candidate; onlining or undraining promotes while the pool has room.
/// </summary>
internal sealed class OpNodeSetParams(SimClientInfo client, string node, bool? offline, bool? drained, bool? masterCandidate, bool force)
    : NodeOpcode(client, node)
{
    private const int CandidatePoolSize = 10;

    public override string OpId => "OP_NODE_SET_PARAMS";
    protected override string SummaryVerb => "NODE_SET_PARAMS";

    /// <summary>What changed, in Ganeti's order: [("master_candidate", "False"), ("offline", "True")].</summary>
    public List<(string Key, string Value)> Changes { get; } = [];

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        AddNodeInputs(fields, cluster);
        fields["auto_promote"] = false;
        fields["drained"] = drained;
        fields["force"] = force;
        fields["master_candidate"] = masterCandidate;
        fields["offline"] = offline;
        fields["powered"] = null;
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        var c = ctx.Cluster;
        yield return ctx.Seconds(0.15, 0.3);
        var n = SimChecks.Node(c, NodeName);
        if (n.IsMaster && (offline == true || drained == true || masterCandidate == false))
        {
            throw SimOpException.Prereq("The master role can be changed only via master-failover", "wrong_input");
        }
        ctx.PrereqDone();
        var candidate = masterCandidate;
        var promote = (offline == false && n.Offline) || (drained == false && n.Drained);
        var candidates = c.Nodes.Count(x => x.MasterCandidate);
        if (promote && !n.MasterCandidate && candidate is null && candidates < CandidatePoolSize)
        {
            ctx.Info("Auto-promoting node to master candidate");
            candidate = true;
        }
        if (offline == false && n.Offline)
        {
            ctx.Warning("Transitioning node from offline to online state without using re-add. Please make sure the node is healthy!");
        }
        yield return ctx.Seconds(0.6, 1.2);
        if (((offline == true && !n.Offline) || (drained == true && !n.Drained)) && n.MasterCandidate)
        {
            candidate = false;
        }
        if (candidate is { } mc && mc != n.MasterCandidate)
        {
            n.MasterCandidate = mc;
            Changes.Add(("master_candidate", GanetiFormat.PyBool(mc)));
        }
        if (drained is { } d && d != n.Drained)
        {
            n.Drained = d;
            Changes.Add(("drained", GanetiFormat.PyBool(d)));
        }
        if (offline is { } o && o != n.Offline)
        {
            c.Power.SetOfflineFlag(n, o);
            Changes.Add(("offline", GanetiFormat.PyBool(o)));
        }
        n.Serial++;
        n.Modified = ctx.Now;
        ctx.Job.Result = Changes.Select(x => (object?)new List<object?> { x.Key, x.Value }).ToList();
        yield return ctx.Seconds(0.1, 0.2);
    }
}
