using System.Globalization;
using System.Text;
using GntTui.Engine.Ganeti;

namespace GntTui.Simulator;

/// <summary>gnt-job: list, info, watch, wait, cancel.</summary>
internal static class GntJobCommands
{
    public static readonly IReadOnlyList<GntCommand> Commands =
    [
        new("list", "[job_id ...]", "Lists the jobs and their status",
            [.. GntOption.ListOptions, GntOption.Flag("pending", "--pending"), GntOption.Flag("running", "--running"),
             GntOption.Flag("error", "--error"), GntOption.Flag("finished", "--finished"), GntOption.Flag("archived", "--archived")], 0, null, List),
        new("info", "<job-id> [<job-id> ...]", "Show detailed information about the specified jobs", [], 1, null, Info),
        new("watch", "<job-id>", "Follows a job and prints its output as it arrives", [], 1, 1, inv => new WatchProcess(inv.Cluster, inv.Positional[0])),
        new("wait", "<job-id>", "Wait for a job to finish", [], 1, 1, Wait),
        new("cancel", "{[--force] [--kill --yes-do-it] {--pending | --queued | --waiting} | <job-id> [<job-id> ...]}", "Cancel jobs",
            [GntOption.Force, GntOption.Flag("kill", "--kill"), GntOption.Flag("yes_do_it", "--yes-do-it", "--ya-rly"),
             GntOption.Flag("pending", "--pending"), GntOption.Flag("queued", "--queued"), GntOption.Flag("waiting", "--waiting")], 0, null, Cancel),
        GntCommand.NotSimulated("archive", "<job-id> [<job-id> ...]", "Archive specified jobs"),
        GntCommand.NotSimulated("autoarchive", "<age>", "Auto archive jobs older than the given age"),
    ];

    private static SimProcess List(GntInvocation inv)
    {
        var c = inv.Cluster;
        Func<SimJob, bool> keep = inv.Args.Flag("pending") ? j => j.Status is JobStatus.Queued or JobStatus.Waiting or JobStatus.Canceling
            : inv.Args.Flag("running") ? j => j.Status == JobStatus.Running
            : inv.Args.Flag("error") ? j => j.Status == JobStatus.Error
            : inv.Args.Flag("finished") ? j => j.IsFinished
            : _ => true;
        return ListCommand.Create(inv, JobFields.All, JobFields.Defaults, () => c.Queue.Jobs.Where(keep).ToList(),
            id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? c.Queue.Find(n) : null, "Job");
    }

    private static SimProcess Info(GntInvocation inv) => new ImmediateProcess(inv.Cluster, (stdout, _) =>
    {
        foreach (var text in inv.Positional)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw SimOpException.Prereq($"Invalid job ID '{text}'", "wrong_input");
            }
            if (inv.Cluster.Queue.Find(id) is { } job)
            {
                SimJobText.WriteInfo(stdout, job, inv.Cluster);
            }
            else
            {
                stdout.Append("- Job ID ").Append(id).Append(" not found\n");
            }
        }
        return 0;
    });

    private static SimProcess Wait(GntInvocation inv) => new WaitProcess(inv.Cluster, inv.Positional[0]);

    private static SimProcess Cancel(GntInvocation inv)
    {
        var byStatus = inv.Args.Flag("pending") || inv.Args.Flag("queued") || inv.Args.Flag("waiting");
        if (inv.Positional.Count > 0 == byStatus)
        {
            throw SimOpException.Prereq("Either a status filter or job ID(s) must be specified and never both", "wrong_input");
        }
        if (inv.Args.Flag("kill") && !inv.Args.Flag("yes_do_it"))
        {
            throw SimOpException.Prereq("The --kill option must be confirmed with --yes-do-it", "wrong_input");
        }
        if (byStatus)
        {
            return inv.Args.Flag("force") ? Submission.NotSimulated(inv) : inv.DeclinedPrompt();
        }
        return new ImmediateProcess(inv.Cluster, (stdout, _) =>
        {
            var code = 0;
            foreach (var text in inv.Positional)
            {
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    throw SimOpException.Prereq($"Invalid job ID '{text}'", "wrong_input");
                }
                var (ok, message) = inv.Cluster.Queue.Cancel(id);
                code = ok ? code : 1;
                stdout.Append(message).Append('\n');
            }
            return code;
        });
    }

    /// <summary>gnt-job wait: like watch without the output.</summary>
    private sealed class WaitProcess(SimulatedCluster cluster, string idText) : SimProcess
    {
        public override async Task<int> RunAsync(SimProcessIO io, CancellationToken ct)
        {
            if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                io.ErrLine($"Job {idText} failed: Failure: prerequisites not met for this operation:\nerror type: wrong_input, error details:\nInvalid job ID '{idText}'");
                return 1;
            }
            var error = await new SimJobPoller(cluster).FollowAsync(id, io, printLog: false, ct).ConfigureAwait(false);
            if (error is null)
            {
                return 0;
            }
            io.ErrLine(new StringBuilder().Append("Job ").Append(idText).Append(" failed: ").Append(error.Format()).ToString());
            return 1;
        }
    }
}
