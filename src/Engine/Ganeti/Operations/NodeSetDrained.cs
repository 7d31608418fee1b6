namespace GntTui.Engine.Ganeti.Operations;

public sealed record NodeSetDrained(string Name, bool Drained, string Why = "") : NodeOperation(Name, Why)
{
    public override string Verb => Drained ? "drain" : "undrain";
    public override OperationKind Kind => OperationKind.NodeSetDrained;

    protected override IEnumerable<string> Command() =>
        ["gnt-node", "modify", "-f", "--submit", "--drained", Drained ? "yes" : "no"];
}
