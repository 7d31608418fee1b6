using System.Globalization;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>
/// Reads the job ids a <c>--submit</c> printed, in every shape Ganeti 3.0's lib/cli.py has:
/// <list type="bullet">
/// <item><c>JobID: 38</c> on stderr: SubmitOrSend raises JobSubmittedException and GenericMain prints
/// it through FormatError (migrate, failover, replace-disks, activate-disks, gnt-node modify,
/// migrate, evacuate, gnt-cluster modify).</item>
/// <item><c>37: inst4.example.com</c> on stdout, one line per job: JobExecutor.WaitOrShow without
/// waiting (GenericManyOps: gnt-instance startup, shutdown, reboot).</item>
/// <item><c>Failure for NAME: MSG</c> on stderr: a job of that executor Ganeti refused to queue.</item>
/// <item><c>38</c> alone on stdout: <c>--print-jobid</c>, printed before the JobID line.</item>
/// <item><c>Submitted jobs 15, 16</c> on stdout: JobExecutor.GetResults in verbose mode (when it waits).</item>
/// </list>
/// </summary>
public static partial class SubmitOutputParser
{
    [GeneratedRegex(@"^JobID: *(?<id>\d+) *$")]
    private static partial Regex JobIdLine();

    [GeneratedRegex(@"^(?<id>\d+): (?<name>\S+)$")]
    private static partial Regex JobForNameLine();

    [GeneratedRegex(@"^(?<id>\d+)$")]
    private static partial Regex BareIdLine();

    [GeneratedRegex(@"^Submitted jobs (?<ids>\d+(, \d+)*)$")]
    private static partial Regex SubmittedJobsLine();

    [GeneratedRegex(@"^Failure for (?<name>\S+): (?<message>.*)$")]
    private static partial Regex FailureForLine();

    /// <summary>Both streams of one run, in the order Ganeti writes them (stdout, then stderr).</summary>
    public static SubmitOutput Parse(string stdout, string stderr)
    {
        var jobs = new List<SubmittedJob>();
        var failures = new List<string>();
        foreach (var line in Lines(stdout).Concat(Lines(stderr)))
        {
            if (JobIdLine().Match(line) is { Success: true } jobId)
            {
                Add(jobs, Id(jobId.Groups["id"].Value), null);
            }
            else if (JobForNameLine().Match(line) is { Success: true } forName)
            {
                Add(jobs, Id(forName.Groups["id"].Value), forName.Groups["name"].Value);
            }
            else if (BareIdLine().Match(line) is { Success: true } bare)
            {
                Add(jobs, Id(bare.Groups["id"].Value), null);
            }
            else if (SubmittedJobsLine().Match(line) is { Success: true } many)
            {
                foreach (var id in many.Groups["ids"].Value.Split(", "))
                {
                    Add(jobs, Id(id), null);
                }
            }
            else if (FailureForLine().Match(line) is { Success: true } failure)
            {
                failures.Add(failure.Groups["name"].Value + ": " + failure.Groups["message"].Value);
            }
        }
        return new SubmitOutput(jobs, failures);
    }

    /// <summary>The one job id in some output (either stream), or null when there is none or more than one.</summary>
    public static long? TryParse(string output) => Parse(output, "").SingleJobId;

    private static IEnumerable<string> Lines(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim());

    /// <summary>The id, or null for digits past a long: no job of Ganeti's, so not one of ours either (never an overflow out of a submit).</summary>
    private static long? Id(string digits) => long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>--print-jobid prints the id and then JobID: the same job, counted once; a name seen later is kept.</summary>
    private static void Add(List<SubmittedJob> jobs, long? parsed, string? name)
    {
        if (parsed is not { } id)
        {
            return;
        }
        var at = jobs.FindIndex(j => j.Id == id);
        if (at < 0)
        {
            jobs.Add(new SubmittedJob(id, name));
        }
        else if (name is not null)
        {
            jobs[at] = jobs[at] with { Name = name };
        }
    }
}
