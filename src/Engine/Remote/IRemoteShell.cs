namespace GntTui.Engine.Remote;

/// <summary>
/// "Run this argv on that host." Every process and SSH side effect of the Engine goes through
/// here, so tests and the simulator can stand in for a real cluster.
/// </summary>
public interface IRemoteShell : IAsyncDisposable
{
    /// <summary>Who we talk to, for messages ("root@cluster.example.com", "local", "demo").</summary>
    string Target { get; }

    /// <summary>Runs argv to completion. Throws <see cref="RemoteShellException"/> only when the
    /// transport failed (connection, host key, timeout); a remote non-zero exit is a result.</summary>
    Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct);

    /// <summary>Runs several independent, read-only commands in one round trip, possibly concurrently; one result per command, in order.</summary>
    Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct);

    /// <summary>Runs argv and hands each stdout line to <paramref name="onLine"/> as it arrives,
    /// until the command ends or <paramref name="ct"/> is cancelled. The result's Stdout is empty.</summary>
    Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct);
}
