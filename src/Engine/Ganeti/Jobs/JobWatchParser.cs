using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>
/// Reads a <c>gnt-job watch</c> stream line by line: the "Output from job N follows" header and its
/// dashes, timestamped log lines, and a "Job N failed: …" message with its continuation lines; and
/// the untimestamped status lines cli.py prints around jobs ("Job N is waiting in queue").
/// </summary>
public sealed partial class JobWatchParser
{
    private readonly List<string> _failure = [];
    private readonly List<string> _unrecognised = [];
    private bool _inFailure;

    [GeneratedRegex(@"^Output from job \d+ follows$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^-+$")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"^Job \d+ failed: (?<msg>.*)$")]
    private static partial Regex Failed();

    /// <summary>Ganeti's failure text, when the job failed.</summary>
    public string? FailureText => _failure.Count == 0 ? null : string.Join('\n', _failure).Trim();

    /// <summary>Lines we did not recognise (kept for the log, never dropped silently).</summary>
    public IReadOnlyList<string> Unrecognised => _unrecognised;

    /// <summary>Returns the log entry the line carries, or null for headers and failure text.</summary>
    public JobLogEntry? Feed(string rawLine)
    {
        var line = rawLine.TrimEnd('\r');
        if (line.Length == 0 || Header().IsMatch(line) || Dashes().IsMatch(line))
        {
            return null;
        }
        if (Failed().Match(line) is { Success: true } f)
        {
            _inFailure = true;
            _failure.Add(f.Groups["msg"].Value);
            return new JobLogEntry(null, line, JobLogKind.JobFailed);
        }
        if (JobLogLineParser.TryParse(line) is { } entry)
        {
            _inFailure = false;
            return entry;
        }
        if (_inFailure)
        {
            _failure.Add(line);
            return null;
        }
        if (JobLogLineParser.TryParseCommandLine(line) is { } status)
        {
            return status;
        }
        _unrecognised.Add(line);
        return new JobLogEntry(null, line, JobLogKind.Message);
    }
}
