namespace GntTui.Engine.Ganeti.Operations;

/// <summary>An operation on one instance; the name is validated when the request is made.</summary>
public abstract record InstanceOperation : GanetiOperation
{
    protected InstanceOperation(string instance, string reason) : base(reason)
    {
        Instance = NameValidator.RequireHostname(instance, "instance");
    }

    public string Instance { get; }

    public override string TargetName => Instance;

    protected override IEnumerable<string> Arguments() => [Instance];
}
