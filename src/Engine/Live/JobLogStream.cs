using System.Collections.Immutable;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Live;

/// <summary>
/// The one job-log loop: a job followed to its end, each new line published as the log so far (an
/// immutable list sharing its entries, never a copy), then its end or why it was lost. Ours and
/// other people's jobs alike; for ours the last event is kept, so reopening the log shows it at
/// once instead of opening a second stream.
/// </summary>
internal sealed class JobLogStream
{
    private readonly Action<SessionEvent> _publish;
    private readonly Dictionary<long, SessionEvent> _last = [];
    private readonly Lock _gate = new();

    public JobLogStream(Action<SessionEvent> publish) => _publish = publish;

    /// <summary>How a follow ends: the outcome, or the error that lost it (null both when cancelled).</summary>
    public readonly record struct Ending(JobOutcome? Outcome, string? Error);

    /// <param name="follow">Follows the job, calling back with each entry (the runner's audited follow, or a plain <see cref="JobFollower"/>).</param>
    /// <param name="keep">Keep the last event for <see cref="Republish"/> (our own jobs).</param>
    public async Task<Ending> RunAsync(long jobId, Func<Func<JobLogEntry, ValueTask>, CancellationToken, Task<JobOutcome>> follow, bool keep, CancellationToken ct)
    {
        var log = ImmutableList<JobLogEntry>.Empty;
        try
        {
            var outcome = await follow(entry =>
            {
                log = log.Add(entry);
                Publish(jobId, new SessionEvent.JobLog(jobId, log), keep);
                return ValueTask.CompletedTask;
            }, ct).ConfigureAwait(false);
            Publish(jobId, new SessionEvent.JobEnded(jobId, outcome), keep);
            return new Ending(outcome, null);
        }
        catch (OperationCanceledException)
        {
            return default;
        }
        catch (Exception e) when (e is RemoteShellException or GanetiException)
        {
            Publish(jobId, new SessionEvent.JobLost(jobId, log, e.Message), keep);
            return new Ending(null, e.Message);
        }
    }

    /// <summary>Publishes the last thing said about a job again; false when this session never followed it.</summary>
    public bool Republish(long jobId)
    {
        SessionEvent? last;
        lock (_gate)
        {
            last = _last.GetValueOrDefault(jobId);
        }
        if (last is null)
        {
            return false;
        }
        _publish(last);
        return true;
    }

    private void Publish(long jobId, SessionEvent e, bool keep)
    {
        if (keep)
        {
            lock (_gate)
            {
                _last[jobId] = e;
            }
        }
        _publish(e);
    }
}
