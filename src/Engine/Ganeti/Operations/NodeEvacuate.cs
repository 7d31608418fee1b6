namespace GntTui.Engine.Ganeti.Operations;

/// <summary><c>gnt-node evacuate -p|-s</c>: Ganeti refuses a bare evacuate, so the mode is required.</summary>
public sealed record NodeEvacuate(string Name, bool Primaries, string Why = "") : NodeOperation(Name, Why)
{
    public override string Verb => Primaries ? "evacuate primaries" : "evacuate secondaries";
    public override OperationKind Kind => OperationKind.NodeEvacuate;

    protected override IEnumerable<string> Command() =>
        ["gnt-node", "evacuate", "-f", "--submit", Primaries ? "-p" : "-s"];
}
