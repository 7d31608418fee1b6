namespace GntTui.Engine.Ganeti.Operations;

/// <summary><c>gnt-node migrate</c>: live-migrates every primary instance off the node.</summary>
public sealed record NodeMigrate(string Name, string Why = "", bool NonLive = false) : NodeOperation(Name, Why)
{
    public override string Verb => "migrate primaries";
    public override OperationKind Kind => OperationKind.NodeMigrate;

    protected override IEnumerable<string> Command() => NonLive
        ? ["gnt-node", "migrate", "-f", "--submit", "--non-live"]
        : ["gnt-node", "migrate", "-f", "--submit"];
}
