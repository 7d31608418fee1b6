namespace GntTui.Simulator;

/// <summary>A command running on a simulated host: it writes to its IO and returns its exit code.</summary>
internal abstract class SimProcess
{
    public abstract Task<int> RunAsync(SimProcessIO io, CancellationToken ct);
}
