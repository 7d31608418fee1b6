namespace GntTui.Engine.Remote;

/// <summary>Runs commands on this machine, for a console started on the master itself.</summary>
public sealed class LocalShell : IRemoteShell
{
    private readonly IReadOnlyList<string> _prefix;

    public LocalShell(IReadOnlyList<string>? commandPrefix = null)
    {
        _prefix = commandPrefix ?? [];
    }

    public string Target => "local";

    public Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct) =>
        ProcessRunner.RunAsync([.. _prefix, .. argv], timeout, ct);

    public async Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct)
    {
        var prefixed = commands.Select(c => (IReadOnlyList<string>)[.. _prefix, .. c]).ToList();
        var batch = new BatchScript(prefixed);
        var whole = await ProcessRunner.RunAsync(batch.Argv, timeout, ct).ConfigureAwait(false);
        return batch.Split(whole);
    }

    public Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct) =>
        ProcessRunner.RunAsync([.. _prefix, .. argv], Timeout.InfiniteTimeSpan, ct, onLine);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
