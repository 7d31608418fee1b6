using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Dialogs;

namespace GntTui.Views.Screens.Jobs;

/// <summary>The jobs view's cancel: Ganeti cancels only queued or waiting jobs, which the pre-flight says before anything is sent.</summary>
internal static class JobActions
{
    public static ActionResult Cancel(IReadOnlyList<GanetiJob> jobs)
    {
        var title = jobs.Count == 1 ? $"Cancel job {jobs[0].Id}: {jobs[0].Summary}" : $"Cancel {jobs.Count} jobs";
        return new ActionResult(new OperationRequest(title, jobs.Count == 1 ? "Cancel the job" : "Cancel them", [],
            (_, _) => [.. jobs.Select(j => new JobCancel(j.Id))])
        {
            IsGroup = jobs.Count > 1,
            HasReason = false,
            DismissLabel = "Keep it",
        });
    }
}
