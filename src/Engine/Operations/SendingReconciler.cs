using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations;

/// <summary>
/// Resolves audit rows a crash left <c>sending</c> (or <c>submitted</c> without a job id): the job,
/// if Ganeti made one, carries the row's <see cref="ReasonMarker"/> in its reason trail, so the
/// jobs received around the row's time are read with <c>gnt-job info</c> and the one with the tag
/// gets its id written (it is then followed to its true end like any unfinished job). A row whose
/// tag no job carries is closed as <see cref="AuditStatus.NotFound"/>, saying so, so nobody reads
/// it as "still running" and nobody sends again without looking first.
/// </summary>
public sealed class SendingReconciler
{
    public const string NotFoundMessage =
        "not found on the cluster: it was probably never sent — check `gnt-job list` before sending again";

    public const string UntaggedMessage =
        "cannot be matched on the cluster (its reason carries no gnt-tui tag) — check `gnt-job list` before sending again";

    /// <summary>A job's received time may lead the row's (clock skew) or trail it (a slow link): looked at this far either way.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Jobs read per row at most; the newest in the window first.</summary>
    private const int MaxCandidates = 200;

    private readonly GanetiClient _client;
    private readonly AuditLog _audit;
    private readonly string _cluster;

    public SendingReconciler(GanetiClient client, AuditLog audit, string cluster)
    {
        _client = client;
        _audit = audit;
        _cluster = cluster;
    }

    /// <summary>
    /// A row younger than this may belong to a console still sending it (the submit has not timed
    /// out yet): it is only called missing once it is older.
    /// </summary>
    public TimeSpan Grace => _client.Timeout + TimeSpan.FromSeconds(30);

    /// <summary>
    /// Every unsent row resolved: found, or closed as not found. Young rows not found yet are looked
    /// for again once they are past <see cref="Grace"/>. Throws what the client throws when the
    /// cluster cannot be asked (the rows then stay as they are, for the next start).
    /// </summary>
    public async Task<IReadOnlyList<Reconciliation>> ReconcileAsync(CancellationToken ct)
    {
        var done = new List<Reconciliation>();
        while (true)
        {
            var (resolved, wait) = await PassAsync(ct).ConfigureAwait(false);
            done.AddRange(resolved);
            if (wait is not { } delay)
            {
                return done;
            }

            await Task.Delay(delay, _audit.Clock, ct).ConfigureAwait(false);
        }
    }

    private async Task<(List<Reconciliation> Resolved, TimeSpan? Wait)> PassAsync(CancellationToken ct)
    {
        var rows = _audit.Unsent(_cluster);
        var resolved = new List<Reconciliation>();
        if (rows.Count == 0)
        {
            return (resolved, null);
        }

        var tagged = rows.Select(r => (Row: r, Marker: ReasonMarker.Find(r.Command))).ToList();
        var blocks = await TaggedJobsAsync(tagged.Where(t => t.Marker is not null).Select(t => t.Row).ToList(), ct).ConfigureAwait(false);
        var now = _audit.Clock.GetUtcNow();
        TimeSpan? wait = null;
        foreach (var (row, marker) in tagged)
        {
            if (marker is null)
            {
                _audit.Complete(row.Id, AuditStatus.NotFound, UntaggedMessage);
                resolved.Add(new Reconciliation(row, null, UntaggedMessage));
                continue;
            }

            var tag = ReasonMarker.Tag(marker);
            if (blocks.FirstOrDefault(b => b.Text.Contains(tag, StringComparison.Ordinal)) is { Text: not null } hit)
            {
                _audit.MarkSubmitted(row.Id, hit.Id);
                resolved.Add(new Reconciliation(row, hit.Id, null));
                continue;
            }

            var age = now - row.CreatedAt;
            if (age < Grace)
            {
                var left = Grace - age;
                wait = wait is { } w && w > left ? w : left;
                continue;
            }

            _audit.Complete(row.Id, AuditStatus.NotFound, NotFoundMessage);
            resolved.Add(new Reconciliation(row, null, NotFoundMessage));
        }

        return (resolved, wait);
    }

    /// <summary>The <c>gnt-job info</c> blocks of the jobs received around these rows.</summary>
    private async Task<IReadOnlyList<(long Id, string Text)>> TaggedJobsAsync(IReadOnlyList<AuditEntry> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var jobs = await _client.ListJobsAsync(ct).ConfigureAwait(false);
        var ids = jobs
            .Where(j => j.Received is not { } at || rows.Any(r => at >= r.CreatedAt - Window && at <= r.CreatedAt + Grace + Window))
            .OrderByDescending(j => j.Id)
            .Take(MaxCandidates * rows.Count)
            .Select(j => j.Id)
            .ToList();
        return ids.Count == 0 ? [] : JobInfoBlocks.Split(await _client.JobInfoTextAsync(ids, ct).ConfigureAwait(false));
    }
}
