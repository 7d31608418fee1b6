using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Jobs;

/// <summary>
/// A followed job: what it is, where it stands, and its log as it streams, with progress reports
/// drawn as bars. Sticks to the newest line until the user scrolls up; G (End) sticks again.
/// </summary>
internal sealed class JobLogView : IScrollable
{
    private const int HeadRows = 3;
    private IReadOnlyList<JobLogLine> _lines = [];
    private JobLogUpdate? _laidOut;
    private int _laidOutWidth = -1;
    private int _viewportHeight = 1;
    private JobLogUpdate? _measured;
    private string _progress = "";

    public JobLogView(long jobId, GanetiJob? job)
    {
        JobId = jobId;
        Job = job;
    }

    public long JobId { get; }

    /// <summary>The job's row from the latest snapshot (status, times); null until the job list shows it.</summary>
    public GanetiJob? Job { get; set; }

    public JobLogUpdate? Log { get; private set; }

    public bool FollowTail { get; private set; } = true;

    public int ScrollOffset { get; private set; }

    /// <summary>Takes an update meant for this job; others are ignored (false).</summary>
    public bool Apply(JobLogUpdate update)
    {
        if (update.JobId != JobId)
        {
            return false;
        }

        Log = update;
        return true;
    }

    public void ScrollBy(int rows)
    {
        ScrollOffset = Math.Clamp(ScrollOffset + rows, 0, MaxScroll());
        FollowTail = ScrollOffset >= MaxScroll();
    }

    public void PageUp() => ScrollBy(-Math.Max(1, _viewportHeight - 1));

    public void PageDown() => ScrollBy(Math.Max(1, _viewportHeight - 1));

    public void ScrollToStart()
    {
        ScrollOffset = 0;
        FollowTail = MaxScroll() == 0;
    }

    public void ScrollToEnd()
    {
        ScrollOffset = MaxScroll();
        FollowTail = true;
    }

    public void Scroll(ScrollCommand command) => command.Apply(() => ScrollBy(-1), () => ScrollBy(1), PageUp, PageDown, ScrollToStart, ScrollToEnd);

    public void Render(Screen screen, Rect area, Theme theme, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (area.IsEmpty)
        {
            return;
        }

        screen.Fill(area, theme.Normal);
        if (!ReferenceEquals(_measured, Log))
        {
            _measured = Log;
            _progress = Log is { Outcome: null } running ? JobProgressText.Of(JobProgress.Of(running.Entries)) : "";
        }

        RenderHead(screen, area, theme, now, zone);
        var body = area.SkipTop(HeadRows);
        if (Log is null)
        {
            screen.Write(body.X + 1, body.Y, "waiting for the job's log…", theme.Muted, body.Width - 1);
            return;
        }

        if (!ReferenceEquals(_laidOut, Log) || _laidOutWidth != body.Width)
        {
            _lines = JobLogLayout.Build(Log, body.Width - 1);
            _laidOut = Log;
            _laidOutWidth = body.Width;
        }

        _viewportHeight = Math.Max(1, body.Height);
        ScrollOffset = FollowTail ? MaxScroll() : Math.Clamp(ScrollOffset, 0, MaxScroll());
        for (var i = 0; i < body.Height && ScrollOffset + i < _lines.Count; i++)
        {
            RenderLine(screen, body.X + 1, body.Y + i, body.Width - 1, _lines[ScrollOffset + i], theme);
        }
    }

    private void RenderHead(Screen screen, Rect area, Theme theme, DateTimeOffset now, TimeZoneInfo zone)
    {
        var x = area.X + 1;
        x += screen.Write(x, area.Y, $"job {JobId}", theme[StyleRole.Accent].With(CellAttributes.Bold), area.Width - 1);
        screen.Write(x + 2, area.Y, Job?.Summary ?? "", theme.Normal, area.Right - x - 2);

        var status = Log?.Outcome?.Status ?? Job?.Status;
        x = area.X + 1;
        if (status is { } s)
        {
            x += screen.Write(x, area.Y + 1, StatusRoles.JobText(s), theme[StatusRoles.Job(s)], area.Width - 1);
        }

        if (_progress.Length > 0)
        {
            x += 3 + screen.Write(x + 3, area.Y + 1, _progress, theme[StyleRole.Accent], area.Right - x - 3);
        }

        var times = Job is null ? "following…" : Times(Job, Log?.Outcome is not null, now, zone);
        screen.Write(x + 3, area.Y + 1, times, theme.Muted, area.Right - x - 3);
        screen.Fill(new Rect(area.X, area.Y + 2, area.Width, 1), theme[StyleRole.Border], '─');
    }

    /// <param name="ended">The log says the job ended, though the job list may not have caught up.</param>
    private static string Times(GanetiJob job, bool ended, DateTimeOffset now, TimeZoneInfo zone)
    {
        var parts = new List<string>(4);
        if (job.Received is not null)
        {
            parts.Add("received " + TimeText.Clock(job.Received, now, zone));
        }

        if (job.Started is not null)
        {
            parts.Add("started " + TimeText.Clock(job.Started, now, zone));
        }

        if (job.Ended is not null)
        {
            parts.Add("ended " + TimeText.Clock(job.Ended, now, zone));
        }

        if (JobTimes.Elapsed(job, now) is { } elapsed && (job.IsFinished || !ended))
        {
            parts.Add((job.IsFinished ? "took " : StatusRoles.JobText(job.Status) + " for ") + TimeText.Compact(elapsed));
        }

        return string.Join(" · ", parts);
    }

    private static void RenderLine(Screen screen, int x, int y, int width, JobLogLine line, Theme theme)
    {
        var style = theme[line.Role];
        var used = screen.Write(x, y, line.Text, style, width);
        if (line.Fraction is not { } fraction)
        {
            return;
        }

        var bar = Math.Min(JobLogLayout.BarWidth, width - used);
        ProgressBar.Render(screen, x + used, y, bar, fraction, theme);
        screen.Write(x + used + bar, y, line.Suffix, style, width - used - bar);
    }

    private int MaxScroll() => Math.Max(0, _lines.Count - _viewportHeight);
}
