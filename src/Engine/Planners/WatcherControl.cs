using System.Globalization;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Engine.Planners;

/// <summary>
/// <c>gnt-cluster watcher pause SECONDS</c> and <c>watcher continue</c>: not jobs (Ganeti sets the
/// pause at once and prints the new state), so each is audited as one row written before it is sent
/// and completed with what Ganeti answered. Refused in read-only mode, like every mutation.
/// </summary>
public sealed class WatcherControl(GanetiClient client, AuditLog audit, string cluster, string? operatorName = null)
{
    private readonly string _operator = operatorName ?? AuditLog.LocalOperator();

    public static IReadOnlyList<string> PauseArgv(TimeSpan duration) =>
        ["gnt-cluster", "watcher", "pause", ((long)Math.Ceiling(duration.TotalSeconds) is var s and > 0 ? s : throw new ArgumentException("a pause lasts at least a second")).ToString(CultureInfo.InvariantCulture)];

    public static IReadOnlyList<string> ContinueArgv { get; } = ["gnt-cluster", "watcher", "continue"];

    public Task<WatcherStatus> PauseAsync(TimeSpan duration, string reason, CancellationToken ct) =>
        RunAsync("watcher pause", PauseArgv(duration), reason, ct);

    public Task<WatcherStatus> ContinueAsync(string reason, CancellationToken ct) =>
        RunAsync("watcher continue", ContinueArgv, reason, ct);

    private async Task<WatcherStatus> RunAsync(string verb, IReadOnlyList<string> argv, string reason, CancellationToken ct)
    {
        var id = audit.Begin(cluster, _operator, verb, "watcher", ShellQuote.Join(argv), reason);
        if (client.IsReadOnly)
        {
            var why = $"read-only mode: refusing to {verb}";
            audit.Complete(id, AuditStatus.Refused, why);
            throw new GanetiException(GanetiErrorKind.ReadOnly, why);
        }

        CommandResult r;
        try
        {
            r = await client.Shell.RunAsync(argv, client.Timeout, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteShellException or OperationCanceledException)
        {
            audit.Complete(id, AuditStatus.SubmitFailed, "not confirmed by the master: " + e.Message);
            throw;
        }

        if (!r.Succeeded)
        {
            var failure = GanetiErrorParser.FromResult(r, "gnt-cluster watcher");
            audit.Complete(id, "error", failure.Message);
            throw failure;
        }

        var status = WatcherOutputParser.Parse(r.Stdout);
        audit.Complete(id, "success", r.Stdout.Trim());
        return status;
    }
}
