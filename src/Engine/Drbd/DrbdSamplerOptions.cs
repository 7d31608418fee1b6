namespace GntTui.Engine.Drbd;

/// <summary>Tuning for <see cref="DrbdSampler"/>.</summary>
public sealed record DrbdSamplerOptions
{
    /// <summary>How often each node prints /proc/drbd.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Wait before the first restart of a failed stream; doubles per failure.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A stream that has said nothing for this long is taken as hung and restarted. ssh's own
    /// keep-alive needs 45 s to notice a dead peer; a node that stops printing may need less.
    /// </summary>
    public TimeSpan SilenceTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Lines buffered without an end marker before the buffer is dropped: a stream that never
    /// prints the marker (a wrong command, a banner loop) must not grow memory without bound.
    /// </summary>
    public int MaxLinesPerSample { get; init; } = 50_000;

    /// <summary>
    /// How the sampler waits out a backoff; null means <c>Task.Delay</c> on the sampler's
    /// TimeProvider. Tests put a recorder here to check the backoff without waiting for it.
    /// </summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    /// <summary>Null: one stream per node (a handful of nodes). Set: streams for busy nodes only, one-shots for the rest.</summary>
    public DrbdRotationOptions? Rotation { get; init; }

    public static DrbdSamplerOptions Default { get; } = new();

    /// <summary>What the console uses: bounded remote processes at any cluster size.</summary>
    public static DrbdSamplerOptions Rotating { get; } = new() { Rotation = DrbdRotationOptions.Default };
}
