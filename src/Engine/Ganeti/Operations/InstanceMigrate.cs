namespace GntTui.Engine.Ganeti.Operations;

/// <summary>
/// <c>gnt-instance migrate</c>: live unless <see cref="NonLive"/>; to <see cref="TargetNode"/>, or
/// where the iallocator says, or (for DRBD) to the secondary. <see cref="Cleanup"/> repairs a failed
/// migration instead of starting one.
/// </summary>
public sealed record InstanceMigrate : InstanceOperation
{
    public InstanceMigrate(string name, string why = "", string? targetNode = null, bool nonLive = false, bool cleanup = false, string? iallocator = null)
        : base(name, why)
    {
        TargetNode = targetNode is null ? null : NameValidator.RequireHostname(targetNode, "node");
        IAllocator = iallocator is null ? null : NameValidator.RequireSimpleName(iallocator, "iallocator");
        if (TargetNode is not null && IAllocator is not null)
        {
            throw new ArgumentException("give a target node or an iallocator, not both");
        }
        NonLive = nonLive;
        Cleanup = cleanup;
    }

    public string? TargetNode { get; }
    public string? IAllocator { get; }
    public bool NonLive { get; }
    public bool Cleanup { get; }

    public override string Verb => Cleanup ? "migrate --cleanup" : NonLive ? "migrate (non-live)" : "migrate";
    public override OperationKind Kind => OperationKind.InstanceMigrate;

    protected override IEnumerable<string> Command()
    {
        yield return "gnt-instance";
        yield return "migrate";
        yield return "-f";
        yield return "--submit";
        if (Cleanup)
        {
            yield return "--cleanup";
        }
        if (NonLive)
        {
            yield return "--non-live";
        }
        if (TargetNode is not null)
        {
            yield return "-n";
            yield return TargetNode;
        }
        if (IAllocator is not null)
        {
            yield return "-I";
            yield return IAllocator;
        }
    }
}
