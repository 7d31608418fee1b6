namespace GntTui.Engine.Operations;

/// <summary>A node whose running primaries (<see cref="NeedMiB"/>) would not fit on the other nodes' free memory.</summary>
public sealed record NPlusOneGap(string Node, long NeedMiB, long AvailableMiB)
{
    public string Explain() =>
        $"if {NodeNames.Short(Node)} failed, its {NodeNames.Mib(NeedMiB)} of running instances would not fit in the {NodeNames.Mib(AvailableMiB)} free on the other nodes";
}
