namespace GntTui.Simulator;

/// <summary>An opcode on one instance: it locks the instance and the nodes it sits on.</summary>
internal abstract class InstanceOpcode(SimClientInfo client, string instance) : SimOpcode(client)
{
    public string InstanceName { get; } = instance;

    protected abstract string SummaryVerb { get; }

    /// <summary>A node the instance moves to, locked too (migrate/failover with -n).</summary>
    protected virtual string? TargetNodeName => null;

    public override string Summary => $"{SummaryVerb}({InstanceName})";

    public override IEnumerable<string> LockNames(SimulatedCluster cluster)
    {
        yield return "instance/" + InstanceName;
        if (cluster.FindInstance(InstanceName) is { } inst)
        {
            yield return "node/" + inst.PrimaryNode.Name;
            if (inst.SecondaryNode is { } s)
            {
                yield return "node/" + s.Name;
            }
        }
        if (TargetNodeName is not null && cluster.FindNode(TargetNodeName) is { } t)
        {
            yield return "node/" + t.Name;
        }
    }

    protected void AddInstanceInputs(IDictionary<string, object?> fields, SimulatedCluster cluster)
    {
        fields["instance_name"] = InstanceName;
        fields["instance_uuid"] = cluster.FindInstance(InstanceName)?.Uuid;
    }

    /// <summary>The prerequisites of starting (or rebooting) an instance: it exists, its primary answers, memory fits if it is not running; then it is marked up.</summary>
    protected SimInstance PrepareStart(SimJobContext ctx)
    {
        var inst = SimChecks.Instance(ctx.Cluster, InstanceName);
        PrimaryAnswers(inst);
        if (inst.RunningOn is null)
        {
            SimChecks.FreeMemory(inst.PrimaryNode, $"starting instance {inst.Name}", inst.MemoryMiB);
        }
        ctx.PrereqDone();
        inst.AdminState = SimAdminState.Up;
        inst.Touch(ctx.Now);
        return inst;
    }

    /// <summary>CheckNodeOnline on the primary, then the RPC to it must work.</summary>
    protected static void PrimaryAnswers(SimInstance inst)
    {
        SimChecks.Online(inst.PrimaryNode);
        if (SimChecks.RpcFailure(inst.PrimaryNode) is { } why)
        {
            throw SimOpException.Prereq($"Error checking node {inst.PrimaryNode.Name}: {why}", "environment_error");
        }
    }
}
