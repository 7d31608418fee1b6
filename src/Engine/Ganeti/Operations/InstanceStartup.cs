namespace GntTui.Engine.Ganeti.Operations;

public sealed record InstanceStartup(string Name, string Why = "") : InstanceOperation(Name, Why)
{
    public override string Verb => "start";
    public override OperationKind Kind => OperationKind.InstanceStartup;
    protected override IEnumerable<string> Command() => ["gnt-instance", "startup", "--submit"];
}
