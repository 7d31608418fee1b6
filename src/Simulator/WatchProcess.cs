namespace GntTui.Simulator;

/// <summary>gnt-job watch: the header, the job's log as it grows, then exit 0, or "Job N failed: …" on stderr and exit 1.</summary>
internal sealed class WatchProcess(SimulatedCluster cluster, string jobIdText) : SimProcess
{
    public override async Task<int> RunAsync(SimProcessIO io, CancellationToken ct)
    {
        var header = $"Output from job {jobIdText} follows";
        await io.OutLine(header).ConfigureAwait(false);
        await io.OutLine(new string('-', header.Length)).ConfigureAwait(false);
        if (!long.TryParse(jobIdText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            io.ErrLine($"Job {jobIdText} failed: Failure: prerequisites not met for this operation:\nerror type: wrong_input, error details:\nInvalid job ID '{jobIdText}'");
            return 1;
        }
        var error = await new SimJobPoller(cluster).FollowAsync(id, io, printLog: true, ct).ConfigureAwait(false);
        if (error is null)
        {
            return 0;
        }
        io.ErrLine($"Job {jobIdText} failed: {error.Format()}");
        return 1;
    }
}
