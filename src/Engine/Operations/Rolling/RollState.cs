using System.Text.Json.Serialization;

namespace GntTui.Engine.Operations.Rolling;

/// <summary>
/// A rolling maintenance at one moment: hroller's groups in its order, where the roll stands, why
/// it is held, and the watcher's pause it found or set. Immutable; checkpointed as JSON after every change.
/// </summary>
public sealed record RollState(long Id, string Cluster, DateTimeOffset CreatedAt, IReadOnlyList<RollGroup> Groups)
{
    /// <summary>The operator chose to keep the watcher paused for the roll (default on).</summary>
    public bool PauseWatcher { get; init; }

    /// <summary>The pause as the roll found or set it; null before the first group (or without <see cref="PauseWatcher"/>).</summary>
    public WatcherHold? Watcher { get; init; }

    /// <summary>Why the roll is held at <see cref="Current"/>; null while it runs.</summary>
    public string? Stopped { get; init; }

    /// <summary>Nodes whose pre-flight blockers stopped the roll: typing their names (continue) overrides them.</summary>
    public IReadOnlyList<string> Blocked { get; init; } = [];

    /// <summary>Node names the operator typed to override their blockers.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    public bool Aborted { get; init; }

    /// <summary>Every group done and the watcher continued (or left as found): nothing is left to do.</summary>
    public bool Ended { get; init; }

    /// <summary>What the end said (the watcher's sentence).</summary>
    public string? Message { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The first group not done: the one running, or where the roll stopped.</summary>
    [JsonIgnore]
    public RollGroup? Current => Groups.FirstOrDefault(g => !g.Done);

    [JsonIgnore]
    public RollStatus Status => Aborted ? RollStatus.Aborted : Ended ? RollStatus.Finished : Stopped is not null ? RollStatus.Stopped : RollStatus.Running;

    [JsonIgnore]
    public bool IsOpen => Status is RollStatus.Running or RollStatus.Stopped;

    /// <summary>"group 2 of 3".</summary>
    [JsonIgnore]
    public string Where => Current is { } g ? $"group {g.Position} of {Groups.Count}" : $"the end ({Groups.Count} groups)";

    public RollState With(RollGroup group) => this with { Groups = Groups.Select(g => g.Position == group.Position ? group : g).ToList() };
}
