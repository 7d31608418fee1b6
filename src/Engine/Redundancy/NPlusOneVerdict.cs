namespace GntTui.Engine.Redundancy;

/// <summary>Ganeti's N+1 verdict on a cluster: happy when no online node fails (hcheck's "Nodes not N+1 happy" is 0).</summary>
public sealed record NPlusOneVerdict(IReadOnlyList<NPlusOneFailure> Failures)
{
    public bool Happy => Failures.Count == 0;

    public IReadOnlyList<string> FailingNodes => [.. Failures.Select(f => f.Node)];

    public NPlusOneFailure? For(string node) => Failures.FirstOrDefault(f => string.Equals(f.Node, node, StringComparison.OrdinalIgnoreCase));
}
