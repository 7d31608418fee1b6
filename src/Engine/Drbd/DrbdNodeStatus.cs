namespace GntTui.Engine.Drbd;

/// <summary>
/// One node's sampling stream as the sampler sees it. <see cref="StreamStarts"/> counts remote
/// processes started for this node: it stays at 1 for as long as nothing fails.
/// </summary>
public sealed record DrbdNodeStatus(string Node, DrbdStreamState State, int StreamStarts, long Samples)
{
    public DateTimeOffset? LastSampleAt { get; init; }

    /// <summary>Why the last stream ended, in the remote side's words where there are any.</summary>
    public string? LastError { get; init; }

    /// <summary>When the next start is due, while <see cref="DrbdStreamState.Retrying"/>.</summary>
    public DateTimeOffset? RetryAt { get; init; }
}
