using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Jobs;

/// <summary>
/// A job's log as screen lines. A run of progress reports for one device becomes one bar that
/// moves, as it would in a terminal running the command; messages wrap under their text column.
/// </summary>
internal static class JobLogLayout
{
    public const int BarWidth = 24;
    private const string TimeBlank = "          ";

    public static IReadOnlyList<JobLogLine> Build(JobLogUpdate update, int width)
    {
        var lines = new List<JobLogLine>();
        var bars = new Dictionary<(JobLogKind, string), int>();
        foreach (var entry in update.Entries)
        {
            if (entry.IsProgress && entry.Percent is { } percent)
            {
                var key = (entry.Kind, entry.Device ?? "");
                var line = Progress(entry, percent);
                if (bars.TryGetValue(key, out var at))
                {
                    lines[at] = line;
                }
                else
                {
                    bars[key] = lines.Count;
                    lines.Add(line);
                }

                continue;
            }

            // Anything else ends the run: a later report for the same device starts a new bar below it.
            bars.Clear();
            AddWrapped(lines, Time(entry), Text(entry), Role(entry.Kind), width);
        }

        if (update.Outcome is { } outcome)
        {
            lines.Add(new JobLogLine("", StyleRole.Normal));
            AddOutcome(lines, outcome, width);
        }

        if (update.Error is { } error)
        {
            lines.Add(new JobLogLine("", StyleRole.Normal));
            AddWrapped(lines, "", "⚠ following stopped: " + error, StyleRole.Warning, width);
        }

        return lines;
    }

    private static JobLogLine Progress(JobLogEntry entry, double percent)
    {
        var what = entry.Kind switch
        {
            JobLogKind.MemoryTransfer => "memory",
            JobLogKind.DrbdResync => entry.Device is { } node ? node.Split('.')[0] : "resync",
            JobLogKind.DiskWipe => "wipe",
            _ => entry.Device ?? "disk",
        };
        var prefix = $"{Time(entry)}{TextWidth.Fit(what, 8)} ";
        var left = entry.Remaining is not { Length: > 0 } text ? ""
            : entry.Kind == JobLogKind.DiskSync ? $"  {text} remaining"
            : $"  ETA {text}";
        var suffix = $" {Units.Percent(percent),6}" + left;

        // Live migration past 100% is not converging: the memory is being dirtied faster than sent.
        var role = percent > 100 ? StyleRole.Warning : StyleRole.Normal;
        return new JobLogLine(prefix, role, Math.Clamp(percent / 100, 0, 1), suffix);
    }

    private static void AddOutcome(List<JobLogLine> lines, JobOutcome outcome, int width)
    {
        var (text, role) = outcome.Status switch
        {
            JobStatus.Success => ($"✔ job {outcome.JobId} succeeded", StyleRole.Running),
            JobStatus.Error => ($"✖ job {outcome.JobId} failed", StyleRole.Error),
            JobStatus.Canceled => ($"job {outcome.JobId} was canceled", StyleRole.Warning),
            var other => ($"job {outcome.JobId} ended: {StatusRoles.JobText(other)}", StyleRole.Warning),
        };
        lines.Add(new JobLogLine(text, role));
        if (outcome.FailureText is { Length: > 0 } failure)
        {
            AddWrapped(lines, "  ", failure, StyleRole.Error, width);
        }
    }

    /// <summary>Wraps <paramref name="text"/> beside <paramref name="prefix"/>; continuation lines are indented as far.</summary>
    private static void AddWrapped(List<JobLogLine> lines, string prefix, string text, StyleRole role, int width)
    {
        var indent = new string(' ', prefix.Length);
        var wrapped = TextWrap.Wrap(text, Math.Max(10, width - prefix.Length));
        for (var i = 0; i < wrapped.Count; i++)
        {
            lines.Add(new JobLogLine((i == 0 ? prefix : indent) + wrapped[i], role));
        }

        if (wrapped.Count == 0)
        {
            lines.Add(new JobLogLine(prefix, role));
        }
    }

    /// <summary>A step reads as one ("step 3/6  Allocate new storage"); other lines as Ganeti wrote them.</summary>
    private static string Text(JobLogEntry entry) =>
        entry.Step is { } step ? $"step {step.Number}/{step.Count}  {step.Name}" : entry.Message;

    private static string Time(JobLogEntry entry) =>
        entry.Time is { } t ? t.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + "  " : TimeBlank;

    private static StyleRole Role(JobLogKind kind) => kind switch
    {
        JobLogKind.Warning or JobLogKind.Hint => StyleRole.Warning,
        JobLogKind.Step => StyleRole.Accent,
        JobLogKind.MigrationFailed or JobLogKind.JobFailed => StyleRole.Error,
        JobLogKind.DisksInSync => StyleRole.Running,
        JobLogKind.Info => StyleRole.Normal,
        _ => StyleRole.Normal,
    };
}
