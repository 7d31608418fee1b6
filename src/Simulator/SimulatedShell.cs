using GntTui.Engine.Remote;

namespace GntTui.Simulator;

/// <summary>
/// <see cref="IRemoteShell"/> onto one simulated host. "master" answers the gnt-* commands (and
/// follows a master change); a node's shell answers cat /proc/drbd and the sampling loop. Commands
/// run on the cluster's clock: a stream in a test moves as the <see cref="SimClock"/> is advanced,
/// in the demo with real time. Faults from <see cref="SimulatedCluster.Faults"/> apply here.
/// Thread-safe: all state lives in the cluster, behind its lock.
/// </summary>
public sealed class SimulatedShell : IRemoteShell
{
    private readonly SimulatedCluster _cluster;
    private readonly string _host;
    private readonly SimulatedShellOptions _options;
    private volatile bool _disposed;

    internal SimulatedShell(SimulatedCluster cluster, string host, SimulatedShellOptions options)
    {
        _cluster = cluster;
        _host = host;
        _options = options;
    }

    public string Target => "demo:" + _host;

    public async Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var started = _cluster.Time.GetUtcNow();
        var fault = await Connect(argv, ct).ConfigureAwait(false);
        switch (fault?.Kind)
        {
            case FaultKind.Hang:
                await SimTime.Delay(_cluster.Time, timeout, ct).ConfigureAwait(false);
                throw TimedOut(argv, timeout);
            case FaultKind.DropConnection:
                throw Dropped();
            case FaultKind.Garbage:
                return new CommandResult(0, _cluster.Faults.GarbageText(), "", _cluster.Time.GetUtcNow() - started);
        }
        var io = new SimProcessIO(null);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = _cluster.Router.Resolve(_host, argv).RunAsync(io, cts.Token);
        if (!run.IsCompleted)
        {
            var timer = SimTime.Delay(_cluster.Time, timeout, cts.Token);
            var first = await Task.WhenAny(run, timer).ConfigureAwait(false);
            // Cancel inline (not CancelAsync, which defers the callbacks to the thread pool): the
            // clock's waiter goes away at once and the command's result is ready in the same step.
            cts.Cancel();
            if (first != run)
            {
                await Swallow(run).ConfigureAwait(false);
                ct.ThrowIfCancellationRequested();
                throw TimedOut(argv, timeout);
            }
            await Swallow(timer).ConfigureAwait(false);
        }
        var code = await run.ConfigureAwait(false);
        return new CommandResult(code, io.Stdout, io.Stderr, _cluster.Time.GetUtcNow() - started);
    }

    public async Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct)
    {
        var started = _cluster.Time.GetUtcNow();
        var results = new List<CommandResult>(commands.Count);
        foreach (var argv in commands)
        {
            var left = timeout - (_cluster.Time.GetUtcNow() - started);
            results.Add(await RunAsync(argv, left > TimeSpan.Zero ? left : TimeSpan.Zero, ct).ConfigureAwait(false));
        }
        return results;
    }

    public async Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var started = _cluster.Time.GetUtcNow();
        var fault = await Connect(argv, ct).ConfigureAwait(false);
        var io = new SimProcessIO(onLine);
        switch (fault?.Kind)
        {
            case FaultKind.Hang:
                await Task.Delay(Timeout.InfiniteTimeSpan, ct).ConfigureAwait(false);
                break;
            case FaultKind.Garbage:
                await io.Out(_cluster.Faults.GarbageText()).ConfigureAwait(false);
                return new CommandResult(0, "", "", _cluster.Time.GetUtcNow() - started);
            case FaultKind.DropConnection:
                var after = fault.AfterLines;
                io.BeforeLine = n => n >= after ? throw Dropped() : ValueTask.CompletedTask;
                break;
        }
        var code = await _cluster.Router.Resolve(_host, argv).RunAsync(io, ct).ConfigureAwait(false);
        await io.Flush().ConfigureAwait(false);
        return new CommandResult(code, "", io.Stderr, _cluster.Time.GetUtcNow() - started);
    }

    public ValueTask DisposeAsync()
    {
        _disposed = true;
        return ValueTask.CompletedTask;
    }

    /// <summary>The SSH part: is the host there, which fault applies, how long it takes to answer.</summary>
    private async Task<FaultRule?> Connect(IReadOnlyList<string> argv, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var (known, reachable, name) = _cluster.Locked(() =>
        {
            var node = _cluster.Router.HostNode(_host);
            return (node is not null, node?.IsReachable ?? false, node?.Name ?? _host);
        });
        if (!known)
        {
            throw new RemoteShellException(RemoteFailure.HostUnreachable, $"ssh: Could not resolve hostname {_host}: Name or service not known");
        }
        var fault = _cluster.Faults.Take(_host, argv);
        if (!reachable || fault?.Kind == FaultKind.Unreachable)
        {
            throw new RemoteShellException(RemoteFailure.HostUnreachable, $"ssh: connect to host {name} port 22: No route to host");
        }
        var delay = _options.CommandLatency + (fault?.Kind == FaultKind.Latency ? fault.Delay : TimeSpan.Zero);
        if (delay > TimeSpan.Zero)
        {
            await SimTime.Delay(_cluster.Time, delay, ct).ConfigureAwait(false);
        }
        return fault;
    }

    private RemoteShellException Dropped() =>
        new(RemoteFailure.ConnectionDropped, $"Connection to {_host} closed by remote host.");

    private RemoteShellException TimedOut(IReadOnlyList<string> argv, TimeSpan timeout) =>
        new(RemoteFailure.Timeout, $"'{string.Join(' ', argv)}' on {_host} did not finish within {timeout.TotalSeconds:0.#} s");

    private static async Task Swallow(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
