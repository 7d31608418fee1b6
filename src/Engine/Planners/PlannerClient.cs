using GntTui.Engine.Remote;

namespace GntTui.Engine.Planners;

/// <summary>
/// Ganeti's own planners on the master, asked and read: <c>hbal -L -C</c>, <c>hroller -L</c>,
/// <c>hspace -L</c>, and <c>gnt-cluster watcher info</c>. Nothing here changes the cluster (hbal is
/// never given <c>-X</c>); a planner that is not installed fails as the shell says ("not found").
/// </summary>
public sealed class PlannerClient(IRemoteShell shell, TimeSpan? timeout = null)
{
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromMinutes(2);

    public static IReadOnlyList<string> CapacityArgv { get; } = ["hspace", "-L"];

    public static IReadOnlyList<string> WatcherInfoArgv { get; } = ["gnt-cluster", "watcher", "info"];

    public async Task<HbalPlan> BalanceAsync(HbalOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var r = await RunAsync(options.Argv(), "hbal", ct).ConfigureAwait(false);
        return HbalOutputParser.Parse(r.Stdout, r.Stderr);
    }

    public async Task<HrollerPlan> RollAsync(HrollerOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var r = await RunAsync(options.Argv(), "hroller", ct).ConfigureAwait(false);
        return HrollerOutputParser.Parse(r.Stdout, r.Stderr);
    }

    public async Task<HspaceSummary> CapacityAsync(CancellationToken ct)
    {
        var r = await RunAsync(CapacityArgv, "hspace", ct).ConfigureAwait(false);
        return HspaceOutputParser.Parse(r.Stdout, r.Stderr);
    }

    public async Task<WatcherStatus> WatcherAsync(CancellationToken ct)
    {
        var r = await shell.RunAsync(WatcherInfoArgv, _timeout, ct).ConfigureAwait(false);
        return r.Succeeded ? WatcherOutputParser.Parse(r.Stdout) : throw Ganeti.Parsing.GanetiErrorParser.FromResult(r, "gnt-cluster watcher");
    }

    private async Task<CommandResult> RunAsync(IReadOnlyList<string> argv, string program, CancellationToken ct)
    {
        var r = await shell.RunAsync(argv, _timeout, ct).ConfigureAwait(false);
        return r.Succeeded ? r : throw HtoolsOutput.Failure(r, program);
    }
}
