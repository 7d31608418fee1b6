namespace GntTui.Engine.Remote;

/// <summary>Runs commands on this machine, for a console started on the master itself.</summary>
public sealed class LocalShell : IRemoteShell, ITerminalShell, IInteractiveShell
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

    /// <summary>
    /// Runs argv on a local pseudo-terminal through util-linux <c>script</c> (which forwards its
    /// stdin to the terminal and, with -e, returns the command's exit code).
    /// </summary>
    public async Task<CommandResult> RunWithTerminalAsync(IReadOnlyList<string> argv, string answer, TimeSpan timeout, CancellationToken ct)
    {
        var line = ShellQuote.Join([.. _prefix, .. argv]);
        var result = await ProcessRunner.RunAsync(["script", "-q", "-e", "-c", line, "/dev/null"], timeout, ct, standardInput: answer).ConfigureAwait(false);
        return result with { Stdout = result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal) };
    }

    public int RunInteractive(IReadOnlyList<string> argv) => ProcessRunner.RunInForeground([.. _prefix, .. argv]);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
