using GntTui.Engine.Remote;

namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>
/// Follows a job to its end: streams <c>gnt-job watch</c>, hands each new log line on, then asks for
/// the job's final status. Jobs run on when the client goes away, so a dropped stream is re-attached
/// (watch replays the whole log; lines already seen are skipped).
/// </summary>
public sealed class JobFollower
{
    private readonly GanetiClient _client;
    private readonly TimeSpan _retryDelay;
    private readonly int _maxAttempts;

    public JobFollower(GanetiClient client, TimeSpan? retryDelay = null, int maxAttempts = 30)
    {
        _client = client;
        _retryDelay = retryDelay ?? TimeSpan.FromSeconds(2);
        _maxAttempts = maxAttempts;
    }

    public async Task<JobOutcome> FollowAsync(long jobId, Func<JobLogEntry, ValueTask>? onEntry, CancellationToken ct)
    {
        var log = new List<JobLogEntry>();
        string? failure = null;
        for (var attempt = 1; ; attempt++)
        {
            var parser = new JobWatchParser();
            var seen = 0;
            try
            {
                var result = await _client.Shell.StreamAsync(GanetiQueries.JobWatch(jobId), async line =>
                {
                    if (parser.Feed(line) is not { } entry)
                    {
                        return;
                    }
                    seen++;
                    if (seen <= log.Count)
                    {
                        return;
                    }
                    log.Add(entry);
                    if (onEntry is not null)
                    {
                        await onEntry(entry).ConfigureAwait(false);
                    }
                }, ct).ConfigureAwait(false);
                // gnt-job watch prints "Job N failed: …" on stderr.
                foreach (var line in result.Stderr.Split('\n'))
                {
                    parser.Feed(line);
                }
                failure = parser.FailureText;
            }
            catch (RemoteShellException) when (attempt < _maxAttempts && !ct.IsCancellationRequested)
            {
                await Task.Delay(_retryDelay, ct).ConfigureAwait(false);
                continue;
            }

            GanetiJob? job;
            try
            {
                job = await _client.GetJobAsync(jobId, ct).ConfigureAwait(false);
            }
            catch (RemoteShellException) when (attempt < _maxAttempts && !ct.IsCancellationRequested)
            {
                await Task.Delay(_retryDelay, ct).ConfigureAwait(false);
                continue;
            }
            if (job is null)
            {
                // Archived before we looked: watch's exit already told success (clean end) or failure.
                return new JobOutcome(jobId, failure is null ? JobStatus.Success : JobStatus.Error, failure, log);
            }
            if (job.IsFinished)
            {
                return new JobOutcome(jobId, job.Status, job.Status == JobStatus.Success ? null : failure ?? "job ended " + job.Status.ToString().ToLowerInvariant(), log);
            }
            // watch returned but the job is still going (e.g. the stream was cut cleanly): look again.
            await Task.Delay(_retryDelay, ct).ConfigureAwait(false);
        }
    }
}
