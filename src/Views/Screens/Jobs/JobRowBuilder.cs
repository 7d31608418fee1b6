using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Jobs;

/// <summary>Snapshot → job rows. Pure.</summary>
internal static class JobRowBuilder
{
    /// <param name="own">Our jobs (others' show too, unmarked).</param>
    /// <param name="progress">What the followed jobs' logs say, by job id.</param>
    public static IReadOnlyList<JobRow> Build(IReadOnlyList<GanetiJob> jobs, OwnJobs? own = null, IReadOnlyDictionary<long, JobProgress>? progress = null)
    {
        var rows = new JobRow[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            rows[i] = JobRow.Of(jobs[i], own?.Contains(jobs[i].Id) == true, progress?.GetValueOrDefault(jobs[i].Id));
        }

        return rows;
    }
}
