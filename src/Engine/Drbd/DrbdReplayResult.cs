namespace GntTui.Engine.Drbd;

/// <summary>A replayed capture file: every capture in order, each with the estimates up to it.</summary>
public sealed record DrbdReplayResult(IReadOnlyList<DrbdReplayFrame> Frames)
{
    /// <summary>With one capture there is nothing to estimate from; speeds and ETAs need two or more.</summary>
    public bool HasEstimates => Frames.Count > 1;

    /// <summary>The newest capture of each node, in order of first appearance.</summary>
    public IReadOnlyList<DrbdReplayFrame> Latest() =>
        Frames.GroupBy(f => f.Node, StringComparer.OrdinalIgnoreCase).Select(g => g.Last()).ToList();

    /// <summary>Rows of devices that were resyncing or verifying at some point, capture by capture: the timeline.</summary>
    public IReadOnlyList<DrbdReplayRow> Timeline() =>
        Frames.SelectMany(f => f.Rows).Where(r => r.Estimate.Active).ToList();
}
