namespace GntTui.Engine.Drbd;

/// <summary>
/// Sampling with bounded remote processes (<see cref="DrbdSamplerOptions.Rotation"/>): a long-lived
/// stream only for the few busiest nodes, a short one-shot <c>cat /proc/drbd</c> for the others.
/// At most <see cref="MaxStreams"/> × 2 ssh processes (client and ControlMaster) plus
/// <see cref="MaxOneShots"/> one-shot clients run at once, however many nodes there are.
/// </summary>
public sealed record DrbdRotationOptions
{
    /// <summary>A node whose DRBD is steady is sampled at least this often.</summary>
    public TimeSpan QuietInterval { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>A node stays busy (sampled every interval) this long after its last unsteady sample or operation.</summary>
    public TimeSpan BusyLinger { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Busy nodes streamed at once; busy nodes beyond these get one-shots every interval.</summary>
    public int MaxStreams { get; init; } = 16;

    /// <summary>
    /// A cluster of at most this many nodes streams every node (every second, as without rotation):
    /// the bound is not at stake, and a resync nobody of ours started is seen at once, not at the next quiet round.
    /// </summary>
    public int StreamEveryNodeUpTo { get; init; } = 16;

    /// <summary>One-shot samples in flight at once.</summary>
    public int MaxOneShots { get; init; } = 24;

    /// <summary>A one-shot that has not answered in this long is given up (and tried again at the node's next turn).</summary>
    public TimeSpan OneShotTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the rotation looks for due nodes.</summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromMilliseconds(250);

    public static DrbdRotationOptions Default { get; } = new();
}
