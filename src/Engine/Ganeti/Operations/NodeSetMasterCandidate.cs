namespace GntTui.Engine.Ganeti.Operations;

public sealed record NodeSetMasterCandidate(string Name, bool Candidate, string Why = "") : NodeOperation(Name, Why)
{
    public override string Verb => Candidate ? "master-candidate on" : "master-candidate off";
    public override OperationKind Kind => OperationKind.NodeSetMasterCandidate;

    protected override IEnumerable<string> Command() =>
        ["gnt-node", "modify", "-f", "--submit", "-C", Candidate ? "yes" : "no"];
}
