using GntTui.Engine.Drbd;
using GntTui.Engine.Fleet;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Info;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// What every view renders from: the latest cluster snapshot, the latest DRBD snapshot, what the
/// App told us about our own operations, and lookups built from them on first use, once per
/// change (not per frame, not per row). Immutable: each change makes a new one.
/// </summary>
internal sealed class ConsoleData
{
    private IReadOnlyDictionary<string, CurrentJob>? _currentJobs;
    private IReadOnlyList<GanetiJob>? _jobs;
    private DrbdIndex? _drbdIndex;

    // The index of the DRBD snapshot before this one, if it was built: the new one starts from it.
    private DrbdIndex? _drbdIndexBefore;

    public ConsoleData(ClusterSnapshot snapshot, DrbdSnapshot? drbd)
    {
        Snapshot = snapshot;
        Drbd = drbd;
    }

    public ClusterSnapshot Snapshot { get; private init; }

    /// <summary>Null until the DRBD monitor has published anything (sampling not started).</summary>
    public DrbdSnapshot? Drbd { get; private init; }

    /// <summary>Jobs we sent, and those just accepted that no refresh has listed yet.</summary>
    public OwnJobs Own { get; private init; } = OwnJobs.None;

    /// <summary>Newest first; empty until the App posts them.</summary>
    public IReadOnlyList<AuditEntry> Audit { get; private init; } = [];

    public VerifyUpdate? Verify { get; private init; }

    /// <summary>Node maintenance runbooks by id, as last posted.</summary>
    public IReadOnlyDictionary<long, RunbookState> Runbooks { get; private init; } = new Dictionary<long, RunbookState>();

    /// <summary>Where the followed jobs stand by their logs, by job id.</summary>
    public IReadOnlyDictionary<long, JobProgress> JobProgress { get; private init; } = new Dictionary<long, JobProgress>();

    /// <summary>What hbal, hroller, hspace and the watcher last said.</summary>
    public PlannerData Planners { get; private init; } = PlannerData.None;

    /// <summary>Every configured cluster at a glance (the clusters view), as the fleet last posted it.</summary>
    public IReadOnlyList<ClusterSummary> Clusters { get; private init; } = [];

    /// <summary>The last <c>info</c> answer per node or instance whose detail was opened.</summary>
    public IReadOnlyDictionary<(InfoKind Kind, string Name), InfoUpdate> Infos { get; private init; } = new Dictionary<(InfoKind, string), InfoUpdate>();

    /// <summary>The snapshot's jobs plus ours that it does not list yet.</summary>
    public IReadOnlyList<GanetiJob> Jobs => _jobs ??= Own.MergeInto(Snapshot.Jobs);

    public IReadOnlyDictionary<string, CurrentJob> CurrentJobs => _currentJobs ??= CurrentJobIndex.Build(Jobs);

    public DrbdIndex? DrbdIndex
    {
        get
        {
            if (Drbd is null)
            {
                return null;
            }

            if (_drbdIndex is null)
            {
                _drbdIndex = DrbdIndex.Build(Drbd, _drbdIndexBefore);
                _drbdIndexBefore = null;
            }

            return _drbdIndex;
        }
    }

    /// <summary>New cluster data; the DRBD lookups carry over, and our jobs it now lists stop being placeholders.</summary>
    public ConsoleData WithSnapshot(ClusterSnapshot snapshot) =>
        new(snapshot, Drbd) { _drbdIndex = _drbdIndex, _drbdIndexBefore = _drbdIndexBefore, Own = Own.Listed(snapshot), Audit = Audit, Verify = Verify, Runbooks = Runbooks, JobProgress = JobProgress, Planners = Planners, Clusters = Clusters, Infos = Infos };

    /// <summary>New DRBD data; the job lookups carry over.</summary>
    public ConsoleData WithDrbd(DrbdSnapshot drbd) =>
        new(Snapshot, drbd) { _drbdIndexBefore = _drbdIndex ?? _drbdIndexBefore, _currentJobs = _currentJobs, _jobs = _jobs, Own = Own, Audit = Audit, Verify = Verify, Runbooks = Runbooks, JobProgress = JobProgress, Planners = Planners, Clusters = Clusters, Infos = Infos };

    public ConsoleData WithOwn(OwnJobs own) => new(Snapshot, Drbd) { _drbdIndex = _drbdIndex, _drbdIndexBefore = _drbdIndexBefore, Own = own, Audit = Audit, Verify = Verify, Runbooks = Runbooks, JobProgress = JobProgress, Planners = Planners, Clusters = Clusters, Infos = Infos };

    public ConsoleData WithAudit(IReadOnlyList<AuditEntry> rows) =>
        new(Snapshot, Drbd) { _drbdIndex = _drbdIndex, _drbdIndexBefore = _drbdIndexBefore, Own = Own.WithAudit(rows), Audit = rows, Verify = Verify, Runbooks = Runbooks, JobProgress = JobProgress, Planners = Planners, Clusters = Clusters, Infos = Infos };

    public ConsoleData WithVerify(VerifyUpdate verify) => Keep(new(Snapshot, Drbd) { Own = Own, Audit = Audit, Verify = verify, Runbooks = Runbooks, JobProgress = JobProgress, Planners = Planners, Clusters = Clusters, Infos = Infos });

    public ConsoleData WithRunbook(RunbookState runbook)
    {
        var all = new Dictionary<long, RunbookState>(Runbooks) { [runbook.Id] = runbook };
        return Keep(new(Snapshot, Drbd) { Own = Own, Audit = Audit, Verify = Verify, Runbooks = all, JobProgress = JobProgress, Planners = Planners, Clusters = Clusters, Infos = Infos });
    }

    public ConsoleData WithInfo(InfoUpdate info)
    {
        var all = new Dictionary<(InfoKind, string), InfoUpdate>(Infos) { [(info.Kind, info.Name)] = info };
        return Keep(new(Snapshot, Drbd) { Own = Own, Audit = Audit, Verify = Verify, Runbooks = Runbooks, JobProgress = JobProgress, Planners = Planners, Clusters = Clusters, Infos = all });
    }

    public ConsoleData WithClusters(IReadOnlyList<ClusterSummary> clusters) =>
        Keep(new(Snapshot, Drbd) { Own = Own, Audit = Audit, Verify = Verify, Runbooks = Runbooks, JobProgress = JobProgress, Planners = Planners, Clusters = clusters, Infos = Infos });

    public ConsoleData WithPlanners(PlannerData planners) => Keep(new(Snapshot, Drbd) { Own = Own, Audit = Audit, Verify = Verify, Runbooks = Runbooks, JobProgress = JobProgress, Planners = planners, Clusters = Clusters, Infos = Infos });

    /// <summary>A followed job's log moved on; null progress forgets it.</summary>
    public ConsoleData WithJobProgress(long jobId, JobProgress? progress)
    {
        var all = new Dictionary<long, JobProgress>(JobProgress);
        if (progress is null)
        {
            all.Remove(jobId);
        }
        else
        {
            all[jobId] = progress;
        }

        return Keep(new(Snapshot, Drbd) { Own = Own, Audit = Audit, Verify = Verify, Runbooks = Runbooks, JobProgress = all, Planners = Planners, Clusters = Clusters, Infos = Infos });
    }

    private ConsoleData Keep(ConsoleData next)
    {
        next._drbdIndex = _drbdIndex;
        next._drbdIndexBefore = _drbdIndexBefore;
        next._jobs = _jobs;
        next._currentJobs = _currentJobs;
        return next;
    }
}
