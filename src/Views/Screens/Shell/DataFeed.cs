using GntTui.Engine.Drbd;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Screens.Shell;

/// <summary>The console's data and the lists that show it: each update reaches every list once, then whatever else shows the data.</summary>
internal sealed class DataFeed
{
    private readonly IReadOnlyList<IResourceView> _views;
    private readonly Action<ConsoleData> _changed;

    public DataFeed(IEnumerable<IResourceView> views, ConsoleData initial, Action<ConsoleData> changed)
    {
        _views = [.. views];
        _changed = changed;
        Data = initial;
        foreach (var view in _views)
        {
            view.Update(initial);
        }
    }

    public ConsoleData Data { get; private set; }

    public void Set(ConsoleData data)
    {
        Data = data;
        foreach (var view in _views)
        {
            view.Update(data);
        }

        _changed(data);
    }

    /// <summary>The Jobs view shows where a followed job stands; true when that changed.</summary>
    public bool TrackProgress(JobLogUpdate update)
    {
        var progress = update.Outcome is null ? Engine.Ganeti.Jobs.JobProgress.Of(update.Entries) : null;
        if (Equals(Data.JobProgress.GetValueOrDefault(update.JobId), progress))
        {
            return false;
        }

        Set(Data.WithJobProgress(update.JobId, progress));
        return true;
    }

    /// <summary>
    /// Passes intents on, and when a log of someone else's job closes drops that job's progress:
    /// its row would otherwise show a figure that stops moving.
    /// </summary>
    public Action<ConsoleIntent> NoticingUnfollows(Action<ConsoleIntent> intents) => intent =>
    {
        intents(intent);
        if (intent is ConsoleIntent.StopFollowing { JobId: var jobId } && !Data.Own.Contains(jobId) && Data.JobProgress.ContainsKey(jobId))
        {
            Set(Data.WithJobProgress(jobId, null));
        }
    };

    /// <summary>Takes a message that changes the data (snapshots, DRBD, our jobs, audit rows, verify, runbooks, planners, info); false for any other.</summary>
    public bool Take(object payload, DateTimeOffset now)
    {
        switch (payload)
        {
            case ClusterSnapshot snapshot:
                Set(Data.WithSnapshot(snapshot));
                return true;
            case DrbdSnapshot drbd:
                Set(Data.WithDrbd(drbd));
                return true;
            case JobSubmitted submitted:
                Set(Data.WithOwn(Data.Own.Submitted(submitted.Operation, submitted.JobId, now)));
                return true;
            case AuditRows audit:
                Set(Data.WithAudit(audit.Rows));
                return true;
            case VerifyUpdate verify:
                Set(Data.WithVerify(verify));
                return true;
            case ClusterRows clusters:
                Set(Data.WithClusters(clusters.Rows));
                return true;
            case RunbookState runbook:
                Set(Data.WithRunbook(runbook));
                return true;
            case BalanceUpdate balance:
                Set(Data.WithPlanners(Data.Planners with { Balance = balance }));
                return true;
            case RollState rolling:
                Set(Data.WithPlanners(Data.Planners with { Rolling = rolling }));
                return true;
            case RollUpdate roll:
                Set(Data.WithPlanners(Data.Planners with { Roll = roll }));
                return true;
            case WatcherUpdate watcher:
                Set(Data.WithPlanners(Data.Planners with { Watcher = watcher }));
                return true;
            case CapacityUpdate capacity:
                Set(Data.WithPlanners(Data.Planners with { Capacity = capacity }));
                return true;
            case InfoUpdate info:
                Set(Data.WithInfo(info));
                return true;
            default:
                return false;
        }
    }
}
