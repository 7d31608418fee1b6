using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Jobs;

/// <summary>The jobs table's columns and how a row fills them; times in the console's local zone.</summary>
internal static class JobColumns
{
    public const int Id = 0;
    public const int By = 1;
    public const int Status = 2;
    public const int Summary = 3;
    public const int Received = 4;
    public const int Started = 5;
    public const int Duration = 6;

    public static IReadOnlyList<TableColumn> All { get; } =
    [
        TableColumn.Numeric("ID", 6) with { Priority = 3 },
        TableColumn.Fixed("BY", 3),
        TableColumn.Fixed("STATUS", 9) with { Priority = 3 },
        new("SUMMARY", 24, Weight: 1) { Priority = 3, ShortensNames = true },
        TableColumn.Fixed("RECEIVED", 11),
        TableColumn.Fixed("STARTED", 11) with { Priority = 0 },
        TableColumn.Fixed("DURATION", 14) with { Priority = 2 },
    ];

    /// <summary>The summary, and while the job runs, where its log says it stands ("step 3/6 · 42.0% · ETA 1m35s").</summary>
    public static TableCell SummaryCell(JobRow row)
    {
        var progress = row.Job.IsFinished ? "" : JobProgressText.Of(row.Progress);
        return progress.Length == 0
            ? row.Job.Summary
            : new TableCell($"{row.Job.Summary}  {progress}", row.Progress!.Failed ? StyleRole.Error : null);
    }

    public static TableCell Cell(JobRow row, int column, DateTimeOffset now, TimeZoneInfo zone)
    {
        var job = row.Job;
        return column switch
        {
            Id => row.Key,
            By => row.Ours ? new TableCell("you", StyleRole.Accent) : "",
            Status => new TableCell(StatusRoles.JobText(job.Status), StatusRoles.Job(job.Status)),
            Summary => SummaryCell(row),
            Received => TimeText.Clock(job.Received, now, zone),
            Started => TimeText.Clock(job.Started, now, zone),
            Duration => JobTimes.DurationText(job, now),
            _ => default,
        };
    }
}
