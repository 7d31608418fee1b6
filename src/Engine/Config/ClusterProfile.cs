namespace GntTui.Engine.Config;

/// <summary>A cluster the user can open: its name and how to reach its master.</summary>
public sealed record ClusterProfile
{
    public required string Name { get; init; }

    /// <summary>ssh destination of the master (or the cluster name/IP, which follows the master).</summary>
    public string? Ssh { get; init; }

    /// <summary>Run commands on this machine (the console runs on the master).</summary>
    public bool Local { get; init; }

    /// <summary>Words before every remote command, e.g. ["sudo", "-n"].</summary>
    public IReadOnlyList<string> CommandPrefix { get; init; } = [];

    public bool ReadOnly { get; init; }
}
