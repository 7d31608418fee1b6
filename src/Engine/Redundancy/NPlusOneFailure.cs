namespace GntTui.Engine.Redundancy;

/// <summary>
/// One node that is not N+1 happy: if <see cref="Primary"/> died, the <see cref="InstanceCount"/>
/// instances (<see cref="NeededMiB"/>) that fail over to <see cref="Node"/> would not fit in its
/// <see cref="FreeMiB"/> (what <c>gnt-node list -o mfree</c> says). No <see cref="Primary"/>: nothing
/// fails over to it, but its free memory is below zero (only after planned moves).
/// </summary>
public sealed record NPlusOneFailure(string Node, string? Primary, int InstanceCount, long NeededMiB, long FreeMiB)
{
    public string Explain()
    {
        var node = ShortName(Node);
        var free = $"{MemoryText.Format(FreeMiB)} free";
        if (Primary is null)
        {
            return $"{node} has {free}: less than nothing, before any instance fails over to it";
        }
        var what = InstanceCount == 1
            ? $"the instance ({MemoryText.Format(NeededMiB)}) that fails over to it"
            : $"the {InstanceCount} instances ({MemoryText.Format(NeededMiB)}) that fail over to it";
        return $"{node} could not take {what} if {ShortName(Primary)} dies: {free}";
    }

    private static string ShortName(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }
}
