using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;
using GntTui.Engine.Store;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// Which jobs are ours (from the audit rows and what we just sent), and placeholders for jobs
/// Ganeti accepted that no refresh has listed yet, so a job id shows the moment it exists.
/// </summary>
internal sealed class OwnJobs
{
    /// <summary>A placeholder a refresh this much newer still does not list went by unseen (finished and archived): it goes.</summary>
    private static readonly TimeSpan PlaceholderLife = TimeSpan.FromSeconds(30);

    private readonly HashSet<long> _ids;

    private OwnJobs(HashSet<long> ids, IReadOnlyList<GanetiJob> placeholders)
    {
        _ids = ids;
        Placeholders = placeholders;
    }

    public static OwnJobs None { get; } = new([], []);

    public IReadOnlyList<GanetiJob> Placeholders { get; }

    public int Count => _ids.Count;

    public bool Contains(long jobId) => _ids.Contains(jobId);

    public OwnJobs Submitted(GanetiOperation operation, long jobId, DateTimeOffset now)
    {
        var placeholder = new GanetiJob(jobId, JobStatus.Queued, OpcodeSummary.Of(operation), now, null, null);
        return new OwnJobs([.. _ids, jobId], [.. Placeholders.Where(p => p.Id != jobId), placeholder]);
    }

    /// <summary>Drops placeholders the job list now has (or never will).</summary>
    public OwnJobs Listed(ClusterSnapshot snapshot)
    {
        if (Placeholders.Count == 0)
        {
            return this;
        }

        var listed = snapshot.Jobs.Select(j => j.Id).ToHashSet();
        var kept = Placeholders.Where(p => !listed.Contains(p.Id) && !(snapshot.TakenAt - p.Received > PlaceholderLife)).ToList();
        return kept.Count == Placeholders.Count ? this : new OwnJobs(_ids, kept);
    }

    /// <summary>
    /// Ours are the audit rows' jobs. A cancel's job id is the cancelled job, someone else's
    /// perhaps, so it does not count.
    /// </summary>
    public OwnJobs WithAudit(IReadOnlyList<AuditEntry> rows)
    {
        var ids = rows.Where(r => r.JobId is not null && r.Verb != "cancel").Select(r => r.JobId!.Value).ToHashSet();
        ids.UnionWith(Placeholders.Select(p => p.Id));
        ids.UnionWith(_ids);
        return new OwnJobs(ids, Placeholders);
    }

    public IReadOnlyList<GanetiJob> MergeInto(IReadOnlyList<GanetiJob> jobs) =>
        Placeholders.Count == 0 ? jobs : [.. jobs, .. Placeholders.Where(p => jobs.All(j => j.Id != p.Id))];
}
