namespace GntTui.Engine.Ganeti.Operations;

/// <summary><c>gnt-node modify -O yes|no</c>; <c>-O no</c> prompts, hence <c>-f</c>.</summary>
public sealed record NodeSetOffline(string Name, bool Offline, string Why = "") : NodeOperation(Name, Why)
{
    public override string Verb => Offline ? "offline" : "online";
    public override OperationKind Kind => OperationKind.NodeSetOffline;

    protected override IEnumerable<string> Command() =>
        ["gnt-node", "modify", "-f", "--submit", "-O", Offline ? "yes" : "no"];
}
