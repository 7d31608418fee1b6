namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>How a followed job ended, with Ganeti's message when it failed.</summary>
public sealed record JobOutcome(long JobId, JobStatus Status, string? FailureText, IReadOnlyList<JobLogEntry> Log)
{
    public IReadOnlyList<string> LastLines(int n) => Log.TakeLast(n).Select(e => e.Message).ToList();
}
