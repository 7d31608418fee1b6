namespace GntTui.Engine.Operations;

/// <summary>If <see cref="Node"/> failed, <see cref="Instance"/> (the first that does not fit) could not restart anywhere.</summary>
public sealed record NPlusOneGap(string Node, string Instance, long NeedMiB, string? BestNode, long BestFreeMiB, bool OnlyOnSecondary)
{
    public string Explain()
    {
        var head = $"if {NodeNames.Short(Node)} failed, {NodeNames.Short(Instance)} ({NodeNames.Mib(NeedMiB)}) could not restart";
        return BestNode is null
            ? head + (OnlyOnSecondary ? ": its secondary cannot take instances" : ": no other node can take instances")
            : head + (OnlyOnSecondary ? $": its secondary {NodeNames.Short(BestNode)}" : $": the roomiest node, {NodeNames.Short(BestNode)},")
                + $" has {NodeNames.Mib(BestFreeMiB)} free";
    }
}
