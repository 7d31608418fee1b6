using System.Globalization;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>A multi-select's jobs, one line each: its job, how it stands, its progress and last word.</summary>
internal static class GroupDetail
{
    public static DetailContent Build(JobGroupStatus group)
    {
        var lines = new List<DetailLine>
        {
            DetailLine.Heading(group.Title),
            new("status", (group.IsFinished ? "finished: " : "") + group.Summary, group.IsFinished ? StyleRole.Running : StyleRole.Accent),
            DetailLine.Heading("One job per row"),
        };
        foreach (var row in group.Rows)
        {
            var parts = new List<string> { row.State.ToString().ToLowerInvariant() };
            if (row.JobId is { } job)
            {
                parts.Add("job " + job.ToString(CultureInfo.InvariantCulture));
            }

            if (row.Percent is { } p && !row.IsFinished)
            {
                parts.Add(Units.Percent(p));
            }

            if ((row.Message ?? row.LastLine) is { } text)
            {
                parts.Add(text);
            }

            lines.Add(new($"{row.Operation.Verb} {ShortName.Of(row.Operation.TargetName)}", string.Join(" · ", parts), Role(row.State)));
        }

        return new DetailContent(group.Title, lines);
    }

    private static StyleRole Role(JobRowState state) => state switch
    {
        JobRowState.Succeeded => StyleRole.Running,
        JobRowState.Running or JobRowState.Sending => StyleRole.Accent,
        JobRowState.Pending or JobRowState.Canceled => StyleRole.Muted,
        JobRowState.Lost => StyleRole.Warning,
        _ => StyleRole.Error,
    };
}
