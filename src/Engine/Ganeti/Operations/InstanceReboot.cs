namespace GntTui.Engine.Ganeti.Operations;

public sealed record InstanceReboot(string Name, string Why = "", RebootType Type = RebootType.Soft) : InstanceOperation(Name, Why)
{
    public override string Verb => "reboot";
    public override OperationKind Kind => OperationKind.InstanceReboot;

    protected override IEnumerable<string> Command() =>
        ["gnt-instance", "reboot", "--submit", "-t", Type.ToString().ToLowerInvariant()];
}
