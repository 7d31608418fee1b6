using System.Text.Json.Serialization;

namespace GntTui.Engine.Operations;

/// <summary>
/// The watcher's pause as a maintenance found or set it: <see cref="Ours"/> when this run paused it
/// (then, and only then, it is continued at the end), until when (as the master printed it), and what to say.
/// </summary>
public sealed record WatcherHold(bool Ours, string? Until, string Said)
{
    /// <summary>"13:12" of the master's "Thu Dec  3 13:12:37 2026".</summary>
    [JsonIgnore]
    public string? UntilClock => new Planners.WatcherStatus(true, Until).UntilClock ?? Until;

    /// <summary>What the console says when the run stops with the watcher still paused by it; null when it is not ours.</summary>
    [JsonIgnore]
    public string? StillPaused => Ours ? $"the watcher is still paused until {UntilClock} (paused by this run): W continues it" : null;
}
