using System.Collections.Concurrent;
using GntTui.Engine.Drbd;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// A node's shell whose StreamAsync plays scripted sessions, one per call: lines, a thrown
/// transport failure, a normal end. When the script runs out a session waits to be cancelled,
/// as a healthy stream would.
/// </summary>
internal sealed class FakeStreamShell(string node) : IRemoteShell
{
    public delegate Task<CommandResult> Session(Func<string, ValueTask> onLine, CancellationToken ct);

    private readonly ConcurrentQueue<Session> _sessions = new();
    private int _starts;
    private int _cancelled;

    public string Target => node;

    public int Starts => Volatile.Read(ref _starts);

    /// <summary>Sessions that ended because the sampler cancelled them.</summary>
    public int Cancelled => Volatile.Read(ref _cancelled);

    public ConcurrentQueue<IReadOnlyList<string>> Argv { get; } = new();

    public FakeStreamShell Then(Session session)
    {
        _sessions.Enqueue(session);
        return this;
    }

    /// <summary>Prints each capture followed by the end marker, then keeps the stream open (or ends it with <paramref name="exitCode"/>).</summary>
    public FakeStreamShell ThenCaptures(IEnumerable<string> captures, int? exitCode = null) => Then(async (onLine, ct) =>
    {
        foreach (var capture in captures)
        {
            foreach (var line in capture.TrimEnd('\n').Split('\n'))
            {
                await onLine(line);
            }
            await onLine(DrbdQueries.SampleEndMarker);
        }
        if (exitCode is { } code)
        {
            return new CommandResult(code, "", "Connection to " + node + " closed by remote host.\n", TimeSpan.Zero);
        }
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    public FakeStreamShell ThenLines(IEnumerable<string> lines, int exitCode = 0) => Then(async (onLine, _) =>
    {
        foreach (var line in lines)
        {
            await onLine(line);
        }
        return new CommandResult(exitCode, "", "", TimeSpan.Zero);
    });

    public FakeStreamShell ThenThrow(RemoteFailure failure = RemoteFailure.ConnectionRefused) =>
        Then((_, _) => throw new RemoteShellException(failure, $"ssh: connect to host {node} port 22: Connection refused"));

    public async Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct)
    {
        Interlocked.Increment(ref _starts);
        Argv.Enqueue(argv);
        var session = _sessions.TryDequeue(out var s) ? s : Hang;
        try
        {
            return await session(onLine, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Interlocked.Increment(ref _cancelled);
            throw;
        }
    }

    private static async Task<CommandResult> Hang(Func<string, ValueTask> onLine, CancellationToken ct)
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    }

    public Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct) =>
        throw new InvalidOperationException("a node shell only streams: " + string.Join(' ', argv));

    public Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct) =>
        throw new InvalidOperationException("a node shell only streams");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
