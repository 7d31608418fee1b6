namespace GntTui.Views.Terminal;

public sealed record EventLoopOptions
{
    /// <summary>
    /// At most one frame per this interval. 100 ms: at ~10 frames a second keys still feel
    /// immediate (the first key after a quiet spell paints at once, and 100 ms is about the limit
    /// people perceive as instant), while bursts — key repeat scrolling a 20,000-row table, DRBD
    /// samples from every node, job log lines — coalesce into one frame. A scroll repaints most of
    /// the screen (~7 KB at 160x45); uncapped key repeat at 30/s would push 200+ KB/s down an SSH
    /// link and the display would fall behind the keys. drbdmon caps at 200 ms for the same reason;
    /// our frames are diffs and cheaper, so half that.
    /// </summary>
    public TimeSpan FrameInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often a <see cref="LoopEvent.Tick"/> arrives; zero or less for none.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromSeconds(1);
}
