using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Jobs;

/// <summary>The jobs view's cancel: Ganeti cancels only queued or waiting jobs, which the pre-flight says before anything is sent.</summary>
internal sealed class JobActions(JobsView view) : IKindActions
{
    public IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        KeyBinding.Create("c", ConsoleCommands.CancelJob, "cancel (queued or waiting jobs only)", KeyGroups.Operations, dangerous: true, footer: true, hint: "cancel"),
    ];

    /// <summary>Enter follows the selected job's log; c cancels the marked (or selected) jobs.</summary>
    public ActionResult? Act(string command, ActionContext context)
    {
        switch (command)
        {
            case ConsoleCommands.Open:
                return context.Selected is { } key && view.FindJob(key) is { } job ? new ActionResult.FollowJob(job) : ActionResult.None;
            case ConsoleCommands.CancelJob when context.Targets.Count == 0:
                return ActionResult.None;
            case ConsoleCommands.CancelJob:
                var found = context.Targets.Select(view.FindJob).ToList();
                return found.All(j => j is not null) ? Cancel([.. found.OfType<GanetiJob>()]) : ActionTargets.Gone();
            default:
                return null;
        }
    }

    public static ActionResult Cancel(IReadOnlyList<GanetiJob> jobs)
    {
        var title = jobs.Count == 1 ? $"Cancel job {jobs[0].Id}: {jobs[0].Summary}" : $"Cancel {jobs.Count} jobs";
        return new ActionResult.Confirm(new OperationRequest(title, jobs.Count == 1 ? "Cancel the job" : "Cancel them", [],
            (_, _) => [.. jobs.Select(j => new JobCancel(j.Id))])
        {
            IsGroup = jobs.Count > 1,
            HasReason = false,
            DismissLabel = "Keep it",
        });
    }
}
