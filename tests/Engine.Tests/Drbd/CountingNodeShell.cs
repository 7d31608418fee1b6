using GntTui.Engine.Drbd;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// A node's shell that answers one-shot captures (after a short latency) and streams (a capture
/// every interval until cancelled) with the node's current /proc/drbd text, and counts the remote
/// processes running at once across every node that shares its <see cref="ProcessCounter"/>.
/// </summary>
internal sealed class CountingNodeShell(string node, ProcessCounter counter, Func<string> capture, TimeSpan latency) : IRemoteShell
{
    public string Target => node;

    public int OneShots;

    public int Streams;

    public async Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct)
    {
        Assert.Equal(DrbdQueries.ReadProcDrbd(), argv);
        Interlocked.Increment(ref OneShots);
        using (counter.Start(processes: 1))
        {
            await Task.Delay(latency, ct);
            return new CommandResult(0, capture(), "", latency);
        }
    }

    public Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct) =>
        throw new NotSupportedException("the sampler never batches");

    public async Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct)
    {
        Interlocked.Increment(ref Streams);
        // A stream is an ssh client and the node's ControlMaster.
        using (counter.Start(processes: 2))
        {
            while (true)
            {
                foreach (var line in capture().TrimEnd('\n').Split('\n'))
                {
                    await onLine(line);
                }
                await onLine(DrbdQueries.SampleEndMarker);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
