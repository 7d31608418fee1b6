namespace GntTui.Engine.Drbd;

/// <summary>One sampled node: its stream, how many of its minors need attention, what the parser noticed.</summary>
public sealed record DrbdNodeView(string Node, DrbdNodeStatus? Stream)
{
    public DateTimeOffset? LastSampleAt { get; init; }
    public TimeSpan? SampleAge { get; init; }
    public string? DrbdRelease { get; init; }
    public int DeviceCount { get; init; }

    /// <summary>The node's last sample was empty: the DRBD module is not loaded there.</summary>
    public bool NoDrbd { get; init; }

    /// <summary>Configured minors that are neither healthy nor verifying.</summary>
    public int DegradedCount { get; init; }

    /// <summary>Configured minors that list-drbd does not give to any instance (left over from a failed operation?).</summary>
    public int UnmappedCount { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
