namespace GntTui.Engine.Ganeti.Operations;

public sealed record InstanceReplaceDisks : InstanceOperation
{
    public InstanceReplaceDisks(string name, ReplaceDisksMode mode, string why = "", string? newSecondary = null, string? iallocator = null)
        : base(name, why)
    {
        Mode = mode;
        NewSecondary = newSecondary is null ? null : NameValidator.RequireHostname(newSecondary, "node");
        IAllocator = iallocator is null ? null : NameValidator.RequireSimpleName(iallocator, "iallocator");
        if (mode == ReplaceDisksMode.NewSecondary && (NewSecondary is null) == (IAllocator is null))
        {
            throw new ArgumentException("a new secondary needs exactly one of a node or an iallocator");
        }
        if (mode != ReplaceDisksMode.NewSecondary && (NewSecondary is not null || IAllocator is not null))
        {
            throw new ArgumentException("a node or iallocator only goes with a new secondary");
        }
    }

    public ReplaceDisksMode Mode { get; }
    public string? NewSecondary { get; }
    public string? IAllocator { get; }

    public override string Verb => "replace-disks";
    public override OperationKind Kind => OperationKind.InstanceReplaceDisks;

    protected override IEnumerable<string> Command()
    {
        yield return "gnt-instance";
        yield return "replace-disks";
        yield return "--submit";
        switch (Mode)
        {
            case ReplaceDisksMode.Primary:
                yield return "-p";
                break;
            case ReplaceDisksMode.Secondary:
                yield return "-s";
                break;
            case ReplaceDisksMode.Auto:
                yield return "-a";
                break;
            default:
                if (NewSecondary is not null)
                {
                    yield return "-n";
                    yield return NewSecondary;
                }
                else
                {
                    yield return "-I";
                    yield return IAllocator!;
                }
                break;
        }
    }
}
