using System.Globalization;
using System.Text;
using GntTui.Engine.Ganeti;

namespace GntTui.Simulator;

/// <summary>How jobs read on the command line: gnt-job info blocks, watch lines, and the error a failed job reports.</summary>
internal static class SimJobText
{
    public static string OpStatus(SimJob job) => job.StatusText;

    /// <summary>A log line as gnt-job watch and the synchronous clients print it.</summary>
    public static string WatchLine(SimLogEntry entry) => GanetiFormat.CTime(entry.Time) + " " + entry.Message;

    /// <summary>What PollJob raises for a job that did not succeed (null when it succeeded).</summary>
    public static SimOpException? Failure(SimJob job) => job.Status switch
    {
        JobStatus.Error => job.Error ?? SimOpException.Exec("unknown error"),
        JobStatus.Canceled or JobStatus.Canceling => SimOpException.Exec("Job was canceled"),
        _ => null,
    };

    public static void WriteInfo(StringBuilder sb, SimJob job, SimulatedCluster cluster)
    {
        sb.Append("- Job ID: ").Append(job.Id).Append('\n');
        sb.Append("  Status: ").Append(job.StatusText).Append('\n');
        sb.Append("  Received:         ").Append(GanetiFormat.JobTime(job.Received)).Append('\n');
        sb.Append("  Processing start: ").Append(Stamp(job.Started, job.Received)).Append('\n');
        sb.Append("  Processing end:   ").Append(Stamp(job.Ended, job.Started)).Append('\n');
        sb.Append("  Total processing time: ");
        sb.Append(job.Ended is { } end ? GanetiFormat.Delta(job.Received, end).ToString("0.000000", CultureInfo.InvariantCulture) + " seconds" : "N/A");
        sb.Append('\n');
        sb.Append("  Opcodes: \n");
        sb.Append("    - Opcode: ").Append(job.OpId).Append('\n');
        sb.Append("      Status: ").Append(OpStatus(job)).Append('\n');
        sb.Append("      Processing start: ").Append(OpStamp(job.Started)).Append('\n');
        sb.Append("      Execution start:  ").Append(OpStamp(job.ExecStarted is { } x && job.Status != JobStatus.Waiting ? x : null)).Append('\n');
        sb.Append("      Processing end:   ").Append(OpStamp(job.Ended)).Append('\n');
        sb.Append("      Input fields: ");
        GenericInfoWriter.Write(sb, job.Opcode.InputFields(job, cluster), 4, afterKey: true);
        sb.Append("      Result: ");
        GenericInfoWriter.Write(sb, Result(job), 4, afterKey: true);
        sb.Append("      Execution log: ");
        if (job.Log.Count == 0)
        {
            sb.Append('\n');
            return;
        }
        sb.Append('\n');
        foreach (var entry in job.Log)
        {
            sb.Append("        - Time: ").Append(GanetiFormat.JobTime(entry.Time)).Append('\n');
            sb.Append("          Content: [").Append(entry.Serial).Append(", message, ").Append(entry.Message).Append("]\n");
        }
    }

    private static object? Result(SimJob job) => job.Status switch
    {
        JobStatus.Error when job.Error is { } e => new List<object?>
        {
            e.ClassName,
            e.ErrorCode is null ? new List<object?> { e.Message } : new List<object?> { e.Message, e.ErrorCode },
        },
        JobStatus.Canceled => "Job canceled by request",
        JobStatus.Success => job.Result,
        _ => null,
    };

    private static string Stamp(DateTimeOffset? t, DateTimeOffset? prior)
    {
        if (t is not { } v)
        {
            return "unknown (None)";
        }
        var text = GanetiFormat.JobTime(v);
        return prior is { } p
            ? text + " (delta " + GanetiFormat.Delta(p, v).ToString("0.000000", CultureInfo.InvariantCulture) + "s)"
            : text;
    }

    private static string OpStamp(DateTimeOffset? t) => t is { } v ? GanetiFormat.JobTime(v) : "N/A";
}
