using System.Globalization;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Runbooks;

/// <summary>A runbook as the pane shows it: where it stands, what it asks, each step with its jobs.</summary>
internal static class RunbookDetail
{
    public static DetailContent Build(RunbookState runbook, DateTimeOffset now)
    {
        var current = runbook.Current;
        var lines = new List<DetailLine>
        {
            DetailLine.Heading($"Maintenance of {runbook.Node} (runbook {runbook.Id})"),
            new("status", RunbookText.Status(runbook.Status), RunbookText.Role(runbook.Status)),
            new("updated", TimeText.Ago(runbook.UpdatedAt, now)),
        };
        if (current is not null && !runbook.Aborted)
        {
            lines.Add(new("now", current.Title, RunbookText.Role(current.State)));
            if (current.Question is { } question)
            {
                lines.Add(new("asks", question + "   (y yes · s skip)", StyleRole.Warning));
            }
            else if (current.CanRetry)
            {
                lines.Add(new("failed", (current.Message ?? "") + "   (r retry · s skip · X abort)", StyleRole.Error));
            }
        }

        // The plan's pre-flight speaks of the cluster as it was at the start: once the runbook is over it would mislead.
        if (runbook.Findings.Count > 0 && runbook.Status is not (RunbookStatus.Finished or RunbookStatus.Aborted))
        {
            lines.Add(DetailLine.Heading("Pre-flight of the plan"));
            lines.AddRange(runbook.Findings.Select(f => new DetailLine(f.Code, f.Message, f.Severity switch
            {
                PreflightSeverity.Blocker => StyleRole.Error,
                PreflightSeverity.Warning => StyleRole.Warning,
                _ => StyleRole.Muted,
            })));
        }

        lines.Add(DetailLine.Heading("Steps"));
        var number = 0;
        foreach (var step in runbook.Steps)
        {
            var state = RunbookText.StepState(step.State);
            var what = step.Message is { } m && m != state ? $"{state}: {m}" : state;
            lines.Add(DetailLine.Item($"{++number,2} {RunbookText.Mark(step.State)}", $"{step.Title} · {what}", RunbookText.Role(step.State)));
            if (step.Notes is { } notes)
            {
                lines.Add(new("", "   noticed: " + notes, StyleRole.Muted));
            }

            foreach (var action in step.Actions)
            {
                var job = action.JobId is { } id ? "job " + id.ToString(CultureInfo.InvariantCulture) : "no job yet";
                var detail = action.Message ?? action.LastLine;
                // A skipped step sends nothing: its planned items were never sent, not still to come.
                var actionState = step.State == RunbookStepState.Skipped && action.State == RunbookActionState.Planned
                    ? "skipped, not sent"
                    : action.State.ToString().ToLowerInvariant();
                lines.Add(new("", $"   {action.Describe()} · {job} · {actionState}{(detail is null ? "" : " · " + detail)}",
                    RunbookText.Role(action.State)));
            }
        }

        return new DetailContent($"runbook {runbook.Id}: {runbook.Node}", lines);
    }
}
