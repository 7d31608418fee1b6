namespace GntTui.Engine.Ganeti.Operations;

/// <summary>
/// <c>gnt-instance failover</c>. <see cref="IgnoreConsistency"/> is for a dead primary that has
/// been marked offline; Ganeti asks about it even with <c>-f</c>.
/// </summary>
public sealed record InstanceFailover : InstanceOperation
{
    public InstanceFailover(string name, string why = "", string? targetNode = null, bool ignoreConsistency = false)
        : base(name, why)
    {
        TargetNode = targetNode is null ? null : NameValidator.RequireHostname(targetNode, "node");
        IgnoreConsistency = ignoreConsistency;
    }

    public string? TargetNode { get; }
    public bool IgnoreConsistency { get; }

    public override string Verb => IgnoreConsistency ? "failover --ignore-consistency" : "failover";
    public override OperationKind Kind => OperationKind.InstanceFailover;

    protected override IEnumerable<string> Command()
    {
        yield return "gnt-instance";
        yield return "failover";
        yield return "-f";
        yield return "--submit";
        if (IgnoreConsistency)
        {
            yield return "--ignore-consistency";
        }
        if (TargetNode is not null)
        {
            yield return "-n";
            yield return TargetNode;
        }
    }
}
