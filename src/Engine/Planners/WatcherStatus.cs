namespace GntTui.Engine.Planners;

/// <summary>
/// <c>gnt-cluster watcher info</c> (gnt_cluster.py _ShowWatcherPause): paused or not, and until when,
/// as the master printed it (<c>time.ctime</c> in the master's own time zone, so kept as text:
/// converting it would need the master's zone). <see cref="UntilClock"/> is its <c>HH:MM</c>.
/// </summary>
public sealed record WatcherStatus(bool Paused, string? Until)
{
    public static WatcherStatus Running { get; } = new(false, null);

    /// <summary>"13:12" of "Thu Dec  3 13:12:37 2026"; null when not paused.</summary>
    public string? UntilClock => Until?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(p => p.Count(c => c == ':') == 2) is { } t ? t[..5] : null;

    /// <summary>The header's words: "watcher paused until 13:12", or null when it runs.</summary>
    public string? Headline => Paused ? $"watcher paused until {UntilClock ?? Until}" : null;
}
