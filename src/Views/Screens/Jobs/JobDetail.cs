using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Jobs;

/// <summary>Every field of a job: its times in full, how long it queued and ran.</summary>
internal static class JobDetail
{
    public static DetailContent Build(GanetiJob job, DateTimeOffset now, TimeZoneInfo zone)
    {
        var lines = new List<DetailLine>
        {
            DetailLine.Heading("Job"),
            new("id", job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("status", StatusRoles.JobText(job.Status), StatusRoles.Job(job.Status)),
            new("summary", job.Summary),
            DetailLine.Heading("Times"),
            new("received", TimeText.Full(job.Received, zone)),
            new("started", TimeText.Full(job.Started, zone)),
            new("ended", TimeText.Full(job.Ended, zone)),
        };
        if (job is { Received: { } r, Started: { } s })
        {
            lines.Add(new("queued for", TimeText.Compact(s - r)));
        }

        if (JobTimes.Elapsed(job, now) is { } elapsed)
        {
            lines.Add(new(job.IsFinished ? "ran for" : $"{StatusRoles.JobText(job.Status)} for", TimeText.Compact(elapsed)));
        }

        return new DetailContent($"job {job.Id}", lines);
    }
}
