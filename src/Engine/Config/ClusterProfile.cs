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

    /// <summary>The built-in simulated cluster instead of a real one (<see cref="DemoSize"/>, <see cref="DemoSeed"/>).</summary>
    public bool Demo { get; init; }

    /// <summary>small, medium, large, or nodes=N,instances=M (as --demo-size).</summary>
    public string? DemoSize { get; init; }

    public long DemoSeed { get; init; } = 42;

    /// <summary>An htools text file the demo starts from (as --demo-state).</summary>
    public string? DemoState { get; init; }

    /// <summary>
    /// ssh destinations of master candidates, tried (with the last snapshot's candidates) when the
    /// master cannot be reached.
    /// </summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];
}
