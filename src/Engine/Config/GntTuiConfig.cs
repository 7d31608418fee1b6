namespace GntTui.Engine.Config;

/// <summary>$XDG_CONFIG_HOME/gnt-tui/config.json.</summary>
public sealed record GntTuiConfig
{
    public IReadOnlyList<ClusterProfile> Clusters { get; init; } = [];

    /// <summary>The profile opened when none is named; the first one otherwise.</summary>
    public string? DefaultCluster { get; init; }

    public string? Theme { get; init; }

    /// <summary>Read-only for every cluster, whatever the profile says.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Seconds between refreshes of nodes, instances and jobs.</summary>
    public double RefreshSeconds { get; init; } = 5;

    /// <summary>Key overrides: command name → keys, e.g. { "instance.migrate": "Ctrl+g", "quit": "q Q" }.</summary>
    public IReadOnlyDictionary<string, string> Keys { get; init; } = new Dictionary<string, string>();

    /// <summary>Seconds between the light polls of the clusters not in front (one round trip each); 0 turns them off.</summary>
    public double BackgroundPollSeconds { get; init; } = 30;

    /// <summary>Bell and desktop notification (OSC 9 / OSC 777) when a watched job ends.</summary>
    public bool Notify { get; init; } = true;
}
