using System.Text.Json;
using System.Text.RegularExpressions;

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// The steps an operator takes in the built gnt-tui on the lab (pick a row, press the key, read the
/// dialog, send it, wait for the end) and the cross-checks behind them: what Ganeti says, and what
/// <c>gnt-tui audit --json</c> recorded in the same state directory.
/// </summary>
internal static partial class LabConsoleSteps
{
    // audit --json is camelCase, like every JSON gnt-tui prints.
    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web);

    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(120);

    [GeneratedRegex(@"target\s+◀ (\S+)")]
    public static partial Regex ChosenTarget();

    public static TmuxSession Open()
    {
        var tmux = new TmuxSession("--ssh " + LabConsole.SshTarget);
        tmux.WaitFor("node1.example.com", Slow);
        return tmux;
    }

    /// <summary>Screen <paramref name="screenKey"/>, filtered with / down to the one row named <paramref name="name"/>.</summary>
    public static void Select(TmuxSession tmux, string screenKey, string title, string name)
    {
        tmux.SendKeys(screenKey);
        tmux.WaitFor(title + " [", Slow);
        tmux.Type($"/^{name.Split('.')[0]}\\.");
        tmux.SendKeys("Enter");
        tmux.WaitFor(title + " [1/", Slow);
    }

    /// <summary>Presses the key and waits for the dialog: it names the operation and shows the exact command.</summary>
    public static string OpenDialog(TmuxSession tmux, string key, string title, string commandStart)
    {
        tmux.SendKeys(key);
        // The pre-flight runs off the input loop and y is refused while it checks: wait for its answer.
        var dialog = tmux.WaitUntil(
            s => s.Contains(title, StringComparison.Ordinal) && !s.Contains("Pre-flight: checking", StringComparison.Ordinal),
            $"'{title}' with the pre-flight's answer", Slow);
        Assert.Contains("y confirm", dialog, StringComparison.Ordinal);
        Assert.Contains(commandStart, dialog, StringComparison.Ordinal);
        return dialog;
    }

    /// <summary>Sends with y and waits for the job's end on screen; returns the job id and whether it succeeded.</summary>
    public static (long JobId, bool Succeeded, string Screen) SendAndWaitForEnd(TmuxSession tmux, string verb, string target)
    {
        tmux.SendKeys("y");
        var end = new Regex($@"job (\d+) \({Regex.Escape(verb)} {Regex.Escape(target)}\) (succeeded|failed)");
        var screen = tmux.WaitUntil(s => end.IsMatch(s), $"job ({verb} {target}) to end", Slow);
        var m = end.Match(screen);
        return (long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value == "succeeded", screen);
    }

    /// <summary>Waits until a row of the list names <paramref name="name"/> and shows every one of <paramref name="words"/>.</summary>
    public static string WaitForRow(TmuxSession tmux, string name, params string[] words) =>
        tmux.WaitUntil(s => s.Split('\n').Any(l => l.Contains(name, StringComparison.Ordinal) && words.All(w => l.Contains(w, StringComparison.Ordinal))),
            $"{name} with {string.Join(", ", words)} in the list", Slow);

    public static void Quit(TmuxSession tmux)
    {
        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }

    /// <summary>Ganeti's own word on a job: its status (success, error …).</summary>
    public static string GanetiJobStatus(long jobId) =>
        LabConsole.Ssh("gnt-job", "list", "--no-headers", "-o", "status", jobId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Trim();

    /// <summary>name → status (running, ADMIN_down …), straight from Ganeti.</summary>
    public static string InstanceStatus(string name) =>
        LabConsole.Ssh("gnt-instance", "list", "--no-headers", "-o", "status", name).Trim();

    /// <summary>(offline, drained) as Ganeti reports them ("Y"/"N").</summary>
    public static (string Offline, string Drained) NodeFlags(string name)
    {
        var f = LabConsole.Ssh("gnt-node", "list", "--no-headers", "--separator=|", "-o", "offline,drained", name).Trim().Split('|');
        return (f[0], f[1]);
    }

    /// <summary>The highest job id Ganeti has, to tell afterwards that no job was made.</summary>
    public static long LastGanetiJob() =>
        LabConsole.Ssh("gnt-job", "list", "--no-headers", "-o", "id").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => long.Parse(l.Trim(), System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

    /// <summary>The newest row of <c>gnt-tui audit --json</c> for this verb and target, read from the console's state directory.</summary>
    public static AuditRow Audit(TmuxSession tmux, string verb, string target)
    {
        var output = tmux.AuditJson();
        var rows = JsonSerializer.Deserialize<List<AuditRow>>(output, AuditJson) ?? [];
        var row = rows.FirstOrDefault(r => r.Verb == verb && r.Target == target);
        Assert.True(row is not null, $"no audit row for {verb} {target} in:\n{output}");
        return row!;
    }

    /// <summary>The audit row of a job that ran: the id Ganeti shows, Ganeti's end, the command the dialog showed.</summary>
    public static AuditRow AssertAuditedJob(TmuxSession tmux, string verb, string target, long jobId, string commandStart)
    {
        var status = GanetiJobStatus(jobId);
        var row = Audit(tmux, verb, target);
        Assert.Equal(jobId, row.JobId);
        Assert.Equal(status, row.Status);
        Assert.StartsWith(commandStart, row.Command, StringComparison.Ordinal);
        Assert.EndsWith(target, row.Command, StringComparison.Ordinal);
        return row;
    }

    /// <summary>A scenario on the lab as reset.sh left it, put back afterwards whatever happened.</summary>
    public static void OnResetLab(Action scenario)
    {
        LabConsole.Reset();
        try
        {
            scenario();
        }
        finally
        {
            LabConsole.Reset();
        }
    }
}
