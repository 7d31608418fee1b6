using System.Globalization;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;

namespace GntTui.Engine.Live;

/// <summary>
/// A watched job (or group, or runbook, or a DRBD resync) wants the operator's attention: a title,
/// a body and how urgent it is. Plain text; the console decides whether and how to say it to a
/// terminal (bell, OSC 9, OSC 777).
/// </summary>
public sealed record JobNotification(string Title, string Body, NoticeLevel Level = NoticeLevel.Info)
{
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
        return new JobNotification($"gnt-tui: {what} {ended}", body, outcome.Status == JobStatus.Success ? NoticeLevel.Info : NoticeLevel.Error);
    }

    public static JobNotification ForGroup(JobGroupStatus group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var failed = group.Rows.Any(r => r.State is not (JobRowState.Succeeded or JobRowState.Canceled));
        return new JobNotification($"gnt-tui: {group.Title} {(group.IsFinished ? "finished" : "in progress")}", group.Summary, failed ? NoticeLevel.Error : NoticeLevel.Info);
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
            RunbookStatus.Aborted => new($"gnt-tui: maintenance of {node} aborted", step?.Title ?? "", NoticeLevel.Warning),
            _ when runbook.IsReadyForMaintenance => new($"gnt-tui: {node} is ready for maintenance", step?.Message ?? "", NoticeLevel.Warning),
            _ => new($"gnt-tui: maintenance of {node} needs you", step is null ? "" : $"{step.Title}: {step.Question ?? step.Message}", NoticeLevel.Warning),
        };
    }

    private static string? LastLine(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
