using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens;

/// <summary>Snapshot → job rows. Pure.</summary>
internal static class JobRowBuilder
{
    public static IReadOnlyList<JobRow> Build(IReadOnlyList<GanetiJob> jobs)
    {
        var rows = new JobRow[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            rows[i] = JobRow.Of(jobs[i]);
        }

        return rows;
    }
}
