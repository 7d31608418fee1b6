using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Info;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Jobs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Runbooks;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// What fills the body over the list in front: one object's fields, a followed job's log, a
/// multi-select's jobs or a runbook. Each is re-read from new data while it is open.
/// </summary>
internal sealed class BodyPanes(Action<ConsoleIntent> intents, TimeProvider time, IReadOnlyDictionary<int, JobGroupStatus> groups)
{
    private string _detailTitle = "";
    private int? _groupShown;
    private string _paneTitle = "";

    public ConsoleMode Mode { get; private set; } = ConsoleMode.List;

    public DetailPane Detail { get; } = new();

    /// <summary>The group and runbook panes.</summary>
    public DetailPane Pane { get; } = new();

    public JobLogView? JobLog { get; private set; }

    /// <summary>The row whose detail is open; null when none is.</summary>
    public string? DetailKey { get; private set; }

    public long? RunbookShown { get; private set; }

    /// <summary>Where the user is, for the header and the help title: "Instances", "Instances › web1", "Jobs › 42".</summary>
    public string Title(IResourceView list) => Mode switch
    {
        ConsoleMode.Detail => $"{list.Title} › {_detailTitle}",
        ConsoleMode.JobLog => $"Jobs › {JobLog?.JobId}",
        ConsoleMode.Group or ConsoleMode.Runbook => $"{list.Title} › {_paneTitle}",
        _ => list.Title,
    };

    /// <summary>What the move keys move: the list's selection, or the open pane's scroll.</summary>
    public IScrollable Scrolled(IResourceView list) => Mode switch
    {
        ConsoleMode.Detail => Detail,
        ConsoleMode.JobLog => JobLog!,
        ConsoleMode.Group or ConsoleMode.Runbook => Pane,
        _ => list.Table,
    };

    public bool OpenDetail(IResourceView list)
    {
        if (list.Table.SelectedKey is not { } key || list.Describe(key) is not { } content)
        {
            return false;
        }

        DetailKey = key;
        _detailTitle = content.Title;
        Detail.SetLines(content.Lines, keepScroll: false);
        Mode = ConsoleMode.Detail;
        // Ganeti's own full account (disks, NICs, parameters, tags) follows into the open pane.
        InfoKind? info = list.Kind switch { ViewKind.Instances => InfoKind.Instance, ViewKind.Nodes => InfoKind.Node, _ => null };
        if (info is { } kind)
        {
            intents(new ConsoleIntent.LoadInfo(kind, key));
        }

        return true;
    }

    public void FollowJob(GanetiJob job, JobLogUpdate? ended)
    {
        Close();
        JobLog = new JobLogView(job.Id, job);
        if (ended is not null)
        {
            JobLog.Apply(ended);
        }

        Mode = ConsoleMode.JobLog;
        intents(new ConsoleIntent.FollowJob(job.Id));
    }

    public void ShowGroup(int id, ConsoleData data)
    {
        Close();
        _groupShown = id;
        Mode = ConsoleMode.Group;
        Refresh(null, data, keepScroll: false);
    }

    public void ShowRunbook(long id, ConsoleData data)
    {
        Close();
        RunbookShown = id;
        Mode = ConsoleMode.Runbook;
        Refresh(null, data, keepScroll: false);
    }

    /// <summary>New data for what is open: the followed job's row (its status, times) from a fresh snapshot.</summary>
    public void Arrived(object payload)
    {
        if (payload is ClusterSnapshot snapshot && JobLog is { } log && snapshot.Jobs.FirstOrDefault(j => j.Id == log.JobId) is { } job)
        {
            log.Job = job;
        }
    }

    /// <summary>Back to the list; a followed job's log stops being followed (the job runs on).</summary>
    public void Close()
    {
        if (JobLog is { } log)
        {
            intents(new ConsoleIntent.StopFollowing(log.JobId));
            JobLog = null;
        }

        DetailKey = null;
        _groupShown = null;
        RunbookShown = null;
        Mode = ConsoleMode.List;
    }

    /// <summary>Re-reads the open object from new data; a vanished object says so rather than closing under the user.</summary>
    public void Refresh(IResourceView? list, ConsoleData data, bool keepScroll = true)
    {
        if (Mode == ConsoleMode.Detail && DetailKey is { } key && list is not null)
        {
            Detail.SetLines(list.Describe(key)?.Lines
                ?? [DetailLine.Heading("Gone"), new("", $"{_detailTitle} is not in the latest snapshot", StyleRole.Warning)]);
            return;
        }

        DetailContent? content = Mode switch
        {
            ConsoleMode.Group when _groupShown is { } g && groups.TryGetValue(g, out var group) => GroupDetail.Build(group),
            ConsoleMode.Runbook when RunbookShown is { } r && data.Runbooks.TryGetValue(r, out var runbook) => RunbookDetail.Build(runbook, time.GetUtcNow()),
            _ => null,
        };
        if (content is not null)
        {
            _paneTitle = content.Title;
            Pane.SetLines(content.Lines, keepScroll);
        }
    }

    public void Render(Screen screen, Rect body, Theme theme, IResourceView list, DateTimeOffset now)
    {
        switch (Mode)
        {
            case ConsoleMode.Detail:
                TitleLine.Render(screen, body.TakeTop(1), theme, _detailTitle);
                Detail.Render(screen, body.SkipTop(1).Inset(1, 0), theme);
                break;
            case ConsoleMode.Group or ConsoleMode.Runbook:
                TitleLine.Render(screen, body.TakeTop(1), theme, _paneTitle);
                Pane.Render(screen, body.SkipTop(1).Inset(1, 0), theme);
                break;
            case ConsoleMode.JobLog:
                TitleLine.Render(screen, body.TakeTop(1), theme, $"job {JobLog!.JobId} log" + (JobLog.FollowTail ? "" : " (scrolled; G follows)"));
                JobLog.Render(screen, body.SkipTop(1), theme, now, time.LocalTimeZone);
                break;
            default:
                list.Refresh();
                TitleLine.Render(screen, body.TakeTop(1), theme, ListTitle(list));
                list.Render(screen, body.SkipTop(1), theme);
                break;
        }
    }

    /// <summary>"Instances [12/20000] &lt;/web&gt; only unhealthy ✓3".</summary>
    private static string ListTitle(IResourceView view)
    {
        var shown = view.ShownCount;
        var total = view.TotalCount;
        var title = shown == total ? $"{view.Title} [{total}]" : $"{view.Title} [{shown}/{total}]";
        if (!view.Filter.IsEmpty)
        {
            title += $" </{view.Filter.Text}>";
        }

        if (view.Note is { } note)
        {
            title += $" ({note})";
        }

        var marked = view.Table.MarkedKeys.Count;
        return marked > 0 ? $"{title} ✓{marked}" : title;
    }
}
