namespace GntTui.Engine.Simulation;

/// <summary>An opcode on one instance: it locks the instance and the nodes it sits on.</summary>
internal abstract class InstanceOpcode(SimClientInfo client, string instance) : SimOpcode(client)
{
    public string InstanceName { get; } = instance;

    protected abstract string SummaryVerb { get; }

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
    }

    protected void AddInstanceInputs(IDictionary<string, object?> fields, SimulatedCluster cluster)
    {
        fields["instance_name"] = InstanceName;
        fields["instance_uuid"] = cluster.FindInstance(InstanceName)?.Uuid;
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
