using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations;

/// <summary>
/// Submits operations with an audit trail: the row is written before anything is sent (its
/// command carries the <see cref="ReasonMarker"/> the job will carry too), gets the job id when
/// Ganeti accepts, and is completed with the final status when the job ends.
/// </summary>
public sealed class OperationRunner
{
    private const int KeptLogLines = 20;
    private readonly GanetiClient _client;
    private readonly AuditLog _audit;
    private readonly string _cluster;
    private readonly string _operator;

    public OperationRunner(GanetiClient client, AuditLog audit, string cluster, string? operatorName = null)
    {
        _client = client;
        _audit = audit;
        _cluster = cluster;
        _operator = operatorName ?? AuditLog.LocalOperator();
    }

    public bool IsReadOnly => _client.IsReadOnly;

    /// <summary>
    /// Runs after Ganeti accepted a job and before its id is written: the window a kill -9 hits.
    /// Tests throw from it to leave a row <c>sending</c> with its job on the cluster, as a crash does.
    /// </summary>
    public Action<long>? AfterSendHook { get; init; }

    /// <summary>The exact command line as it will run on the master (for the confirmation dialog and the audit row).</summary>
    public static string CommandLine(GanetiOperation operation) => ShellQuote.Join(operation.BuildArgv());

    public async Task<SubmittedOperation> SubmitAsync(GanetiOperation operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (ReasonText.Problem(operation.Reason) is { } problem)
        {
            // Refused here too, whatever built the intent: Ganeti would fail it after it was sent.
            Refuse(operation, problem);
            throw new GanetiException(GanetiErrorKind.InvalidInput, problem);
        }

        var sending = Marked(operation);
        var command = CommandLine(sending);
        long id;
        try
        {
            id = _audit.Begin(_cluster, _operator, operation.Verb, operation.TargetName, command, operation.Reason);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            // A full disk (or a broken file): with no row first there is no record of what was sent, so nothing is.
            throw new GanetiException(GanetiErrorKind.Other, $"the state file cannot be written ({e.Message.TrimEnd('.')}), so the operation could not be audited: nothing was sent");
        }
        long jobId;
        try
        {
            jobId = await _client.SubmitAsync(sending, ct).ConfigureAwait(false);
        }
        catch (GanetiException e)
        {
            _audit.Complete(id, e.Kind switch
            {
                GanetiErrorKind.ReadOnly or GanetiErrorKind.InvalidInput => AuditStatus.Refused,
                GanetiErrorKind.NothingToDo => AuditStatus.NothingToDo,
                _ => AuditStatus.SubmitFailed,
            }, e.Message);
            throw;
        }
        catch (Exception e) when (e is RemoteShellException or OperationCanceledException)
        {
            // We cannot know whether the master got it: say so rather than guess.
            _audit.Complete(id, AuditStatus.SubmitFailed, "not confirmed by the master: " + e.Message);
            throw;
        }
        AfterSendHook?.Invoke(jobId);
        _audit.MarkSubmitted(id, jobId);
        return new SubmittedOperation(operation, id, jobId, command);
    }

    /// <summary>
    /// Records an operation the console itself refused (a pre-flight blocker, a job past cancelling):
    /// nothing is sent. Null when the state file cannot be written: the refusal stands, and the
    /// caller's own message (not the disk's) is what the operator reads.
    /// </summary>
    public AuditEntry? Refuse(GanetiOperation operation, string why)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            var id = _audit.Begin(_cluster, _operator, operation.Verb, operation.TargetName, CommandLine(operation), operation.Reason);
            _audit.Complete(id, AuditStatus.Refused, why);
            return _audit.Get(id)!;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return null;
        }
    }

    /// <summary>Follows a submitted job to its end and completes its audit row.</summary>
    public Task<JobOutcome> FollowAsync(long auditId, long jobId, Func<JobLogEntry, ValueTask>? onEntry, CancellationToken ct) =>
        FollowAndCompleteAsync(auditId, jobId, onEntry, ct);

    /// <summary>Audit rows whose jobs we never saw end (console quit, crash, dropped SSH).</summary>
    public IReadOnlyList<AuditEntry> Unfinished() => _audit.Unfinished(_cluster);

    /// <summary>Finds the jobs of rows left <c>sending</c> by a crash (see <see cref="SendingReconciler"/>).</summary>
    public Task<IReadOnlyList<Reconciliation>> ReconcileAsync(CancellationToken ct) =>
        new SendingReconciler(_client, _audit, _cluster).ReconcileAsync(ct);

    /// <summary>Every sent reason carries a fresh tag, except a cancel's: <c>gnt-job cancel</c> takes no <c>--reason</c>.</summary>
    private static GanetiOperation Marked(GanetiOperation operation) =>
        operation is JobCancel ? operation : operation with { Reason = ReasonMarker.Mark(operation.Reason, ReasonMarker.New()) };

    private async Task<JobOutcome> FollowAndCompleteAsync(long auditId, long jobId, Func<JobLogEntry, ValueTask>? onEntry, CancellationToken ct)
    {
        var outcome = await new JobFollower(_client).FollowAsync(jobId, onEntry, ct).ConfigureAwait(false);
        _audit.Complete(auditId, outcome.Status.ToString().ToLowerInvariant(), outcome.FailureText, outcome.LastLines(KeptLogLines));
        return outcome;
    }
}
