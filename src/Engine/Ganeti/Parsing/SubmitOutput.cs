namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>
/// What a <c>--submit</c> printed: the jobs it queued, and the "Failure for NAME: MSG" lines of the
/// ones Ganeti refused to queue (JobExecutor.WaitOrShow prints those on stderr and exits 1).
/// </summary>
public sealed record SubmitOutput(IReadOnlyList<SubmittedJob> Jobs, IReadOnlyList<string> Failures)
{
    /// <summary>The job id when exactly one job was queued; several ids are not one operation's answer.</summary>
    public long? SingleJobId => Jobs.Count == 1 ? Jobs[0].Id : null;
}
