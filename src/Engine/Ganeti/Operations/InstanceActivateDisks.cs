namespace GntTui.Engine.Ganeti.Operations;

/// <summary>
/// <c>gnt-instance activate-disks</c>: assembles the instance's disks again, which for DRBD
/// reconfigures missing minors and reconnects StandAlone or waiting ends (the usual fix for most
/// unhealthy DRBD states). It does not start the instance.
/// </summary>
public sealed record InstanceActivateDisks(string Name, string Why = "") : InstanceOperation(Name, Why)
{
    public override string Verb => "activate-disks";
    public override OperationKind Kind => OperationKind.InstanceActivateDisks;
    protected override IEnumerable<string> Command() => ["gnt-instance", "activate-disks", "--submit"];
}
