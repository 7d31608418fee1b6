using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Operations;

/// <summary>
/// A multi-select turned into one job per row: submitted one after another through
/// <see cref="OperationRunner"/> (each audited), followed concurrently. A row that Ganeti refuses
/// does not stop the others; each keeps its own status and message. A group made of stages (an
/// hbal plan's jobsets) sends a stage only when every job of the one before has succeeded; after
/// one that did not, the rest are not sent, as <c>hbal -X</c> stops after a failed jobset.
/// </summary>
public sealed class JobGroup
{
    /// <summary>Follows at a time: each is an SSH session, and sshd allows 10 per shared connection by default.</summary>
    public const int MaxConcurrentFollows = 4;

    private readonly OperationRunner _runner;
    private readonly Lock _gate = new();
    private readonly JobGroupRow[] _rows;
    private readonly int[] _stageOf;

    public JobGroup(OperationRunner runner, string title, IEnumerable<GanetiOperation> operations)
        : this(runner, title, [operations.ToList()])
    {
    }

    /// <summary>Stages run one after another; the rows of a stage are sent together.</summary>
    public JobGroup(OperationRunner runner, string title, IReadOnlyList<IReadOnlyList<GanetiOperation>> stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        _runner = runner;
        Title = title;
        _rows = stages.SelectMany(s => s).Select((op, i) => new JobGroupRow(i, op, JobRowState.Pending)).ToArray();
        _stageOf = [.. stages.SelectMany((s, k) => s.Select(_ => k))];
    }

    /// <summary>Said on the rows not sent because a stage before them did not succeed.</summary>
    public const string NotSentAfterFailure = "not sent: an earlier step of the plan did not succeed";

    public string Title { get; }

    public JobGroupStatus Current
    {
        get
        {
            lock (_gate)
            {
                return new JobGroupStatus(Title, [.. _rows]);
            }
        }
    }

    /// <summary>Raised on a worker thread whenever a row changes.</summary>
    public event Action<JobGroupStatus>? Changed;

    /// <summary>Submits every row in order, then waits until every followed job has ended.</summary>
    public async Task<JobGroupStatus> RunAsync(CancellationToken ct)
    {
        var follows = new List<Task>();
        using var limiter = new SemaphoreSlim(MaxConcurrentFollows);
        var stage = 0;
        foreach (var row in _rows)
        {
            if (ct.IsCancellationRequested)
            {
                break;
            }

            if (_stageOf[row.Index] != stage)
            {
                stage = _stageOf[row.Index];
                await Task.WhenAll(follows).ConfigureAwait(false);
                if (Current.Rows.Any(r => _stageOf[r.Index] < stage && r.State != JobRowState.Succeeded))
                {
                    foreach (var rest in _rows.Where(r => _stageOf[r.Index] >= stage))
                    {
                        Update(rest.Index, r => r with { State = JobRowState.Refused, Message = NotSentAfterFailure });
                    }

                    break;
                }
            }
            Update(row.Index, r => r with { State = JobRowState.Sending });
            try
            {
                var s = await _runner.SubmitAsync(row.Operation, ct).ConfigureAwait(false);
                Update(row.Index, r => r with { State = JobRowState.Running, AuditId = s.AuditId, JobId = s.JobId });
                follows.Add(FollowAsync(row.Index, s, limiter, ct));
            }
            catch (GanetiException e)
            {
                Update(row.Index, r => r with { State = e.Kind == GanetiErrorKind.ReadOnly ? JobRowState.Refused : JobRowState.SubmitFailed, Message = e.Message });
            }
            catch (Exception e) when (e is RemoteShellException or OperationCanceledException)
            {
                Update(row.Index, r => r with { State = JobRowState.SubmitFailed, Message = "not confirmed by the master: " + e.Message });
            }
        }
        await Task.WhenAll(follows).ConfigureAwait(false);
        return Current;
    }

    private async Task FollowAsync(int index, SubmittedOperation s, SemaphoreSlim limiter, CancellationToken ct)
    {
        try
        {
            await limiter.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var outcome = await _runner.FollowAsync(s.AuditId, s.JobId, e =>
                {
                    Update(index, r => r with { LastLine = e.Message, Percent = e.Percent ?? r.Percent });
                    return ValueTask.CompletedTask;
                }, ct).ConfigureAwait(false);
                Update(index, r => r with { State = StateOf(outcome.Status), Message = outcome.FailureText });
            }
            finally
            {
                limiter.Release();
            }
        }
        catch (OperationCanceledException)
        {
            Update(index, r => r with { State = JobRowState.Lost, Message = "no longer followed; the job goes on and is re-attached from the audit log" });
        }
        catch (Exception e) when (e is RemoteShellException or GanetiException)
        {
            Update(index, r => r with { State = JobRowState.Lost, Message = "lost track of the job: " + e.Message });
        }
    }

    internal static JobRowState StateOf(JobStatus status) => status switch
    {
        JobStatus.Success => JobRowState.Succeeded,
        JobStatus.Canceled => JobRowState.Canceled,
        _ => JobRowState.Failed,
    };

    private void Update(int index, Func<JobGroupRow, JobGroupRow> change)
    {
        JobGroupStatus status;
        lock (_gate)
        {
            _rows[index] = change(_rows[index]);
            status = new JobGroupStatus(Title, [.. _rows]);
        }
        Changed?.Invoke(status);
    }
}
