using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;

namespace GntTui.Views.Screens.Jobs;

/// <summary>
/// A job, with its id as text once per snapshot (the table looks keys up often), whether we sent it,
/// and where its log says it stands (only for jobs whose log is followed).
/// </summary>
internal sealed record JobRow(GanetiJob Job, string Key, bool Ours = false, JobProgress? Progress = null)
{
    public static JobRow Of(GanetiJob job, bool ours = false, JobProgress? progress = null) =>
        new(job, job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ours, progress);
}
