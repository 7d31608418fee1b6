using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// Which unfinished job touches which object, from the jobs' summaries: Ganeti writes each opcode
/// as <c>INSTANCE_MIGRATE(inst1.example.com)</c>, several joined by commas.
/// </summary>
internal static class CurrentJobIndex
{
    /// <summary>Object name → the job to show: a running one before a waiting or queued one, then the oldest.</summary>
    public static IReadOnlyDictionary<string, CurrentJob> Build(IEnumerable<GanetiJob> jobs)
    {
        var index = new Dictionary<string, CurrentJob>(StringComparer.OrdinalIgnoreCase);
        var inFlight = jobs
            .Where(j => j.Status is JobStatus.Running or JobStatus.Waiting or JobStatus.Queued or JobStatus.Canceling)
            .OrderBy(j => Urgency(j.Status))
            .ThenBy(j => j.Id);
        foreach (var job in inFlight)
        {
            foreach (var (operation, name) in Mentions(job.Summary))
            {
                index.TryAdd(name, new CurrentJob(job, operation));
            }
        }

        return index;
    }

    /// <summary>Each (operation, object) pair in a summary: "INSTANCE_MIGRATE(a)" gives ("migrate", "a").</summary>
    public static IEnumerable<(string Operation, string Name)> Mentions(string summary)
    {
        var start = 0;
        while (start < summary.Length)
        {
            var open = summary.IndexOf('(', start);
            if (open < 0)
            {
                yield break;
            }

            var close = summary.IndexOf(')', open + 1);
            if (close < 0)
            {
                yield break;
            }

            var operation = ShortOperation(summary[start..open].Trim(' ', ','));
            foreach (var name in summary[(open + 1)..close].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (operation, name);
            }

            start = close + 1;
        }
    }

    private static string ShortOperation(string opcode)
    {
        foreach (var prefix in (string[])["INSTANCE_", "NODE_", "CLUSTER_", "GROUP_", "OP_"])
        {
            if (opcode.StartsWith(prefix, StringComparison.Ordinal) && opcode.Length > prefix.Length)
            {
                opcode = opcode[prefix.Length..];
                break;
            }
        }

        return opcode.ToLowerInvariant().Replace('_', '-');
    }

    private static int Urgency(JobStatus status) => status switch
    {
        JobStatus.Running => 0,
        JobStatus.Canceling => 1,
        JobStatus.Waiting => 2,
        _ => 3,
    };
}
