namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>
/// Where a job stands by its log: the step it is on ("STEP 3/6"), the latest progress report of
/// that step (percent, what it measures, Ganeti's ETA), and whether Ganeti said it failed.
/// </summary>
public sealed record JobProgress(JobStep? Step, double? Percent, JobLogKind? PercentKind, TimeSpan? Eta, bool Failed)
{
    /// <summary>The progress a log shows; null when it reports none (no step, no percent, no failure).</summary>
    public static JobProgress? Of(IReadOnlyList<JobLogEntry> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        JobStep? step = null;
        JobLogEntry? latest = null;
        var failed = false;
        foreach (var entry in log)
        {
            failed |= entry.IsFailure;
            if (entry.Step is { } s)
            {
                // A new step starts from nothing: the previous step's bar is done with.
                step = s;
                latest = null;
            }
            else if (entry.IsProgress)
            {
                latest = entry;
            }
            else if (entry.Kind == JobLogKind.DisksInSync)
            {
                latest = null;
            }
        }
        if (step is null && latest is null && !failed)
        {
            return null;
        }
        return new JobProgress(step, latest?.Percent, latest?.Kind, latest?.Eta, failed);
    }
}
