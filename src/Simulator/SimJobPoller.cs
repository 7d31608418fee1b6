using GntTui.Engine.Ganeti;

namespace GntTui.Simulator;

/// <summary>
/// cli.PollJob: prints a job's log lines as they appear (ctime + message), polling on the
/// simulation's clock, until the job ends; returns the error a failed job raises.
/// </summary>
internal sealed class SimJobPoller(SimulatedCluster cluster)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>Follows <paramref name="jobId"/>; null on success, the job's error otherwise.</summary>
    public async Task<SimOpException?> FollowAsync(long jobId, SimProcessIO io, bool printLog, CancellationToken ct)
    {
        var seen = 0;
        var notifiedQueued = false;
        var notifiedWaiting = false;
        var quietPolls = 0;
        while (true)
        {
            var (lines, status, failure, finished, lost) = cluster.Locked(() =>
            {
                if (cluster.Queue.Find(jobId) is not { } job)
                {
                    return (new List<string>(), JobStatus.Unknown, (SimOpException?)null, true, true);
                }
                var fresh = job.Log.Skip(seen).Select(SimJobText.WatchLine).ToList();
                return (fresh, job.Status, SimJobText.Failure(job), job.IsFinished, false);
            });
            if (lost)
            {
                return new SimOpException(SimErrorKind.JobLost, $"Job with id {jobId} lost");
            }
            seen += lines.Count;
            if (printLog)
            {
                foreach (var line in lines)
                {
                    await io.OutLine(line).ConfigureAwait(false);
                }
            }
            if (finished)
            {
                return failure;
            }
            quietPolls = lines.Count > 0 ? 0 : quietPolls + 1;
            if (quietPolls >= 4 && status == JobStatus.Queued && !notifiedQueued)
            {
                io.ErrLine($"Job {jobId} is waiting in queue");
                notifiedQueued = true;
            }
            else if (quietPolls >= 4 && status == JobStatus.Waiting && !notifiedWaiting)
            {
                io.ErrLine($"Job {jobId} is trying to acquire all necessary locks");
                notifiedWaiting = true;
            }
            await SimTime.Delay(cluster.Time, Poll, ct).ConfigureAwait(false);
        }
    }
}
