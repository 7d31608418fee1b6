using System.Globalization;

namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>Reads <see cref="GanetiQueries.JobList"/> output.</summary>
public sealed class JobListParser : SeparatedListParser<GanetiJob>
{
    protected override int FieldCount => GanetiQueries.JobFields.Count;

    protected override string What => "job list";

    public static JobStatus ParseStatus(string raw) => raw switch
    {
        "queued" => JobStatus.Queued,
        "waiting" => JobStatus.Waiting,
        "running" => JobStatus.Running,
        "canceling" => JobStatus.Canceling,
        "canceled" => JobStatus.Canceled,
        "success" => JobStatus.Success,
        "error" => JobStatus.Error,
        _ => JobStatus.Unknown,
    };

    protected override string? TryParseRow(string[] f, out GanetiJob? row)
    {
        row = null;
        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return "job id is not a number";
        }
        if (!FieldParser.TryTimestamp(f[3], out var received) || !FieldParser.TryTimestamp(f[4], out var started) || !FieldParser.TryTimestamp(f[5], out var ended))
        {
            return "a timestamp is not [seconds, microseconds]";
        }
        row = new GanetiJob(id, ParseStatus(f[1]), f[2], received, started, ended);
        return null;
    }
}
