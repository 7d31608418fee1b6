using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Jobs;

/// <summary>How long a job has taken, or has been at it so far.</summary>
internal static class JobTimes
{
    /// <summary>Run time when finished; time running, or waiting since received, while not.</summary>
    public static TimeSpan? Elapsed(GanetiJob job, DateTimeOffset now) => job switch
    {
        { Started: { } s, Ended: { } e } => e - s,
        { Started: { } s } when !job.IsFinished => now - s,
        { Received: { } r } when !job.IsFinished => now - r,
        _ => null,
    };

    /// <summary>"12s" for a finished job; "running 42s", "queued 5s" for one still going.</summary>
    public static string DurationText(GanetiJob job, DateTimeOffset now)
    {
        if (Elapsed(job, now) is not { } elapsed)
        {
            return "";
        }

        var compact = TimeText.Compact(elapsed);
        return job.IsFinished ? compact : $"{StatusRoles.JobText(job.Status)} {compact}";
    }
}
