using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens;

/// <summary>A job, with its id as text once per snapshot (the table looks keys up often).</summary>
internal sealed record JobRow(GanetiJob Job, string Key)
{
    public static JobRow Of(GanetiJob job) => new(job, job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
