namespace GntTui.Simulator;

/// <summary>
/// One injected fault: which host and command it hits (null matches any; the command matches when
/// its space-joined argv starts with <see cref="CommandPrefix"/>) and how many more times it fires.
/// </summary>
public sealed class FaultRule
{
    internal FaultRule(FaultKind kind, string? host, string? commandPrefix, int times)
    {
        Kind = kind;
        Host = host;
        CommandPrefix = commandPrefix;
        Remaining = times;
    }

    public FaultKind Kind { get; }
    public string? Host { get; }
    public string? CommandPrefix { get; }

    /// <summary>Fires left; negative means forever.</summary>
    public int Remaining { get; internal set; }

    /// <summary>For <see cref="FaultKind.DropConnection"/>: stream lines delivered before the drop.</summary>
    public int AfterLines { get; init; }

    /// <summary>For <see cref="FaultKind.Latency"/>.</summary>
    public TimeSpan Delay { get; init; }

    internal bool Matches(string host, string command) =>
        Remaining != 0
        && (Host is null || string.Equals(Host, host, StringComparison.OrdinalIgnoreCase))
        && (CommandPrefix is null || command.StartsWith(CommandPrefix, StringComparison.Ordinal));
}
