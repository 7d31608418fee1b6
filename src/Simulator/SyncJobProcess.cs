namespace GntTui.Simulator;

/// <summary>
/// A gnt-* client run without --submit: submits the job, prints its log as it runs, and ends the
/// way Ganeti's client does (error on stderr, summary lines, exit code).
/// </summary>
internal sealed class SyncJobProcess(SimulatedCluster cluster, Func<SimOpcode> opcode, SyncStyle style, string name,
    string? allGood = null, string? someBad = null) : SimProcess
{
    public override async Task<int> RunAsync(SimProcessIO io, CancellationToken ct)
    {
        var job = cluster.Locked(() => cluster.Queue.Submit(opcode()));
        var follower = new SimJobPoller(cluster);
        if (style == SyncStyle.WaitingForNamed)
        {
            await io.OutLine($"Waiting for job {job.Id} for {name} ...").ConfigureAwait(false);
        }
        var error = await follower.FollowAsync(job.Id, io, printLog: true, ct).ConfigureAwait(false);
        if (error is not null)
        {
            io.ErrLine(error.Format());
            return 1;
        }
        if (style == SyncStyle.NodeModify)
        {
            var changes = cluster.Locked(() => ((OpNodeSetParams)job.Opcode).Changes.ToList());
            await io.OutLine($"Modified node {name}").ConfigureAwait(false);
            foreach (var (key, value) in changes)
            {
                await io.OutLine($" - {key} -> {value}").ConfigureAwait(false);
            }
            return 0;
        }
        if (style != SyncStyle.Parent)
        {
            return 0;
        }
        var children = cluster.Locked(() => ChildIds(job));
        await io.OutLine("Submitted jobs " + string.Join(", ", children)).ConfigureAwait(false);
        var bad = 0;
        foreach (var id in children)
        {
            await io.OutLine($"Waiting for job {id} ...").ConfigureAwait(false);
            var childError = await follower.FollowAsync(id, io, printLog: true, ct).ConfigureAwait(false);
            if (childError is not null)
            {
                io.ErrLine($"Job {id} has failed: {childError.Format()}");
                bad++;
            }
            else if (cluster.Locked(() => cluster.Queue.Find(id)?.Result) is false)
            {
                bad++;
            }
        }
        var summary = bad == 0 ? allGood : someBad is null ? null : string.Format(System.Globalization.CultureInfo.InvariantCulture, someBad, bad);
        if (summary is not null)
        {
            await io.OutLine(summary).ConfigureAwait(false);
        }
        return bad == 0 ? 0 : 1;
    }

    private static List<long> ChildIds(SimJob job) =>
        job.Result is SortedDictionary<string, object?> d && d.GetValueOrDefault("jobs") is List<object?> jobs
            ? [.. jobs.OfType<List<object?>>().Select(pair => (long)pair[1]!)]
            : [];
}
