using System.Globalization;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Operations;

/// <summary>
/// Cancels a job through <see cref="OperationRunner"/> (audited, refused in read-only mode). Ganeti
/// cancels only queued or waiting jobs; anything else is refused here with the reason, after
/// asking Ganeti for the job's status now rather than trusting a snapshot.
/// </summary>
public sealed class JobCanceller
{
    private readonly OperationRunner _runner;
    private readonly GanetiClient _client;

    public JobCanceller(OperationRunner runner, GanetiClient client)
    {
        _runner = runner;
        _client = client;
    }

    public static string Refusal(GanetiJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return string.Create(CultureInfo.InvariantCulture,
            $"job {job.Id} is {job.Status.ToString().ToLowerInvariant()}: Ganeti cancels only queued or waiting jobs");
    }

    /// <summary>Sends <c>gnt-job cancel</c>; throws <see cref="GanetiException"/> when refused.</summary>
    public async Task<SubmittedOperation> CancelAsync(long jobId, CancellationToken ct)
    {
        var op = new JobCancel(jobId);
        if (_runner.IsReadOnly)
        {
            // The runner refuses and audits it; nothing is asked of the cluster.
            return await _runner.SubmitAsync(op, ct).ConfigureAwait(false);
        }
        var job = await _client.GetJobAsync(jobId, ct).ConfigureAwait(false);
        var why = job is null
            ? string.Create(CultureInfo.InvariantCulture, $"job {jobId} is not known to Ganeti (archived, or never existed)")
            : job.Status is JobStatus.Queued or JobStatus.Waiting ? null : Refusal(job);
        if (why is not null)
        {
            _runner.Refuse(op, why);
            throw new GanetiException(GanetiErrorKind.PrerequisitesNotMet, why);
        }
        return await _runner.SubmitAsync(op, ct).ConfigureAwait(false);
    }
}
