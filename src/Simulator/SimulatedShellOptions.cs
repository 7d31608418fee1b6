namespace GntTui.Simulator;

/// <summary>How a simulated shell feels: the demo adds SSH-like latency so the console's loading states show.</summary>
public sealed record SimulatedShellOptions
{
    /// <summary>Added to every command, measured on the cluster's clock (zero: answers at once).</summary>
    public TimeSpan CommandLatency { get; init; }
}
