namespace GntTui.Engine.Ganeti;

/// <summary>One row of <c>gnt-node list</c>. Sizes are MiB.</summary>
public sealed record GanetiNode(
    string Name,
    NodeRole Role,
    bool Offline,
    bool Drained,
    bool MasterCandidate,
    Reading<long> MemoryTotal,
    Reading<long> MemoryNode,
    Reading<long> MemoryFree,
    Reading<long> DiskTotal,
    Reading<long> DiskFree,
    int PrimaryCount,
    int SecondaryCount,
    string Group)
{
    /// <summary>Ganeti prints "?" when it cannot resolve the node's group (a field without data): not a group's name.</summary>
    public bool IsGroupKnown => Group is not ("" or "?");
}
