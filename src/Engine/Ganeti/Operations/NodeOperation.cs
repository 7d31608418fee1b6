namespace GntTui.Engine.Ganeti.Operations;

/// <summary>An operation on one node; the name is validated when the request is made.</summary>
public abstract record NodeOperation : GanetiOperation
{
    protected NodeOperation(string node, string reason) : base(reason)
    {
        Node = NameValidator.RequireHostname(node, "node");
    }

    public string Node { get; }

    public override string TargetName => Node;

    protected override IEnumerable<string> Arguments() => [Node];
}
