using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens.Jobs;

/// <summary>A job, with its id as text once per snapshot (the table looks keys up often), and whether we sent it.</summary>
internal sealed record JobRow(GanetiJob Job, string Key, bool Ours = false)
{
    public static JobRow Of(GanetiJob job, bool ours = false) => new(job, job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ours);
}
