namespace GntTui.Simulator;

/// <summary>An opcode on one node, locking that node.</summary>
internal abstract class NodeOpcode(SimClientInfo client, string node) : SimOpcode(client)
{
    public string NodeName { get; } = node;

    protected abstract string SummaryVerb { get; }

    public override string Summary => $"{SummaryVerb}({NodeName})";

    public override IEnumerable<string> LockNames(SimulatedCluster cluster)
    {
        yield return "node/" + (cluster.FindNode(NodeName)?.Name ?? NodeName);
    }

    protected void AddNodeInputs(IDictionary<string, object?> fields, SimulatedCluster cluster)
    {
        fields["node_name"] = NodeName;
        fields["node_uuid"] = cluster.FindNode(NodeName)?.Uuid;
    }

    /// <summary>The result of an LU that only submits jobs: {"jobs": [[True, id], …]}.</summary>
    protected static SortedDictionary<string, object?> JobsResult(IEnumerable<long> ids) => new(StringComparer.Ordinal)
    {
        ["jobs"] = ids.Select(id => (object?)new List<object?> { true, id }).ToList(),
    };
}
