using System.Globalization;
using System.Text;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Operations;

/// <summary>
/// A watched job (or group, or runbook) wants the operator's attention: a title and a body, and
/// the bytes that say so to a terminal. Pure text; the App decides where to write it (inside tmux
/// the escapes need tmux's passthrough).
/// </summary>
public sealed record JobNotification(string Title, string Body)
{
    private const int MaxLength = 200;
    private const char Bel = '\a';
    private const string Osc = "\u001b]";

    public static JobNotification ForOutcome(GanetiOperation? operation, JobOutcome outcome, TimeSpan? took = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var what = operation is null
            ? string.Create(CultureInfo.InvariantCulture, $"job {outcome.JobId}")
            : $"{operation.Verb} {NodeNames.Short(operation.TargetName)}";
        var ended = outcome.Status switch
        {
            JobStatus.Success => "succeeded",
            JobStatus.Canceled => "was canceled",
            _ => "failed",
        };
        var body = outcome.Status == JobStatus.Success
            ? string.Create(CultureInfo.InvariantCulture, $"job {outcome.JobId}{(took is { } t ? $" in {t.TotalSeconds:0.#} s" : "")}")
            : string.Create(CultureInfo.InvariantCulture, $"job {outcome.JobId}: {LastLine(outcome.FailureText) ?? outcome.Status.ToString().ToLowerInvariant()}");
        return new JobNotification($"gnt-tui: {what} {ended}", body);
    }

    public static JobNotification ForGroup(JobGroupStatus group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new JobNotification($"gnt-tui: {group.Title} {(group.IsFinished ? "finished" : "in progress")}", group.Summary);
    }

    /// <summary>A runbook that stopped for the operator, or ended.</summary>
    public static JobNotification ForRunbook(RunbookState runbook)
    {
        ArgumentNullException.ThrowIfNull(runbook);
        var node = NodeNames.Short(runbook.Node);
        var step = runbook.Current;
        return runbook.Status switch
        {
            RunbookStatus.Finished => new($"gnt-tui: maintenance of {node} done", $"{runbook.Moved.Count} instance(s) were moved off and back"),
            RunbookStatus.Aborted => new($"gnt-tui: maintenance of {node} aborted", step?.Title ?? ""),
            _ when runbook.IsReadyForMaintenance => new($"gnt-tui: {node} is ready for maintenance", step?.Message ?? ""),
            _ => new($"gnt-tui: maintenance of {node} needs you", step is null ? "" : $"{step.Title}: {step.Question ?? step.Message}"),
        };
    }

    /// <summary>The bytes to write, BEL-terminated (the terminator every one of these terminals accepts).</summary>
    public string Render(NotificationChannels channels)
    {
        var sb = new StringBuilder();
        var title = Clean(Title);
        var body = Clean(Body);
        if (channels.HasFlag(NotificationChannels.Osc9))
        {
            // ConEmu and Windows Terminal read "OSC 9 ; <digit>" as other commands: never start with one.
            var text = body.Length == 0 ? title : $"{title}: {body}";
            sb.Append(Osc).Append("9;").Append(text.Length > 0 && char.IsAsciiDigit(text[0]) ? " " + text : text).Append(Bel);
        }
        if (channels.HasFlag(NotificationChannels.Osc777))
        {
            sb.Append(Osc).Append("777;notify;").Append(title.Replace(';', ',')).Append(';').Append(body).Append(Bel);
        }
        if (channels.HasFlag(NotificationChannels.Bell))
        {
            sb.Append(Bel);
        }
        return sb.ToString();
    }

    /// <summary>No control characters (an ESC or BEL inside would end or forge the sequence), one line, bounded.</summary>
    private static string Clean(string s)
    {
        var chars = s.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxLength ? line : line[..(MaxLength - 1)] + "…";
    }

    private static string? LastLine(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
