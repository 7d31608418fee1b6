namespace GntTui.Engine.Drbd;

/// <summary>The sampler's bookkeeping for one node's stream.</summary>
internal sealed class DrbdNodeStream(string node, TimeSpan backoff, CancellationTokenSource stop)
{
    public string Node { get; } = node;

    public CancellationTokenSource Stop { get; } = stop;

    public Task Task { get; set; } = Task.CompletedTask;

    /// <summary>The wait before the next restart; only the stream's own task touches it.</summary>
    public TimeSpan Backoff { get; set; } = backoff;

    /// <summary>Asks the stream to end; a stream that already ended (and disposed its source) needs nothing.</summary>
    public void Cancel()
    {
        try
        {
            Stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already over.
        }
    }
}
