using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static GntTui.EndToEnd.Tests.LabConsoleSteps;

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// Issue 15's crash series on the real lab: 50 shutdowns/startups of the two diskless instances
/// from the built gnt-tui, each console killed with SIGKILL at a seeded random moment after y or
/// after Ganeti's job id came back, the next console started over the same state directory. At the
/// end: no job Ganeti ran is missing from the audit (acknowledged ones included), no row is left
/// open once the last console has reconciled, and SQLite finds the state file intact.
/// </summary>
[Collection("lab console")]
public sealed partial class LabConsoleCrashSeriesTests
{
    /// <summary>50 (issue 15); GNTTUI_CRASH_OPERATIONS sets fewer while iterating.</summary>
    private static readonly int Operations = int.TryParse(Environment.GetEnvironmentVariable("GNTTUI_CRASH_OPERATIONS"), out var n) && n > 0 ? n : 50;
    private const int Seed = 15;
    private static readonly string[] Instances = ["inst1.example.com", "inst4.example.com"]; // diskless on node1, node2
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ITestOutputHelper _output;

    public LabConsoleCrashSeriesTests(ITestOutputHelper output) => _output = output;

    [GeneratedRegex(@"job (\d+): (?:shutdown|start) inst[14]\.example\.com submitted")]
    private static partial Regex Acknowledged();

    [LabConsoleFact]
    public void Fifty_operations_killed_at_random_points_lose_no_audit_row_and_leave_none_unresolved() => OnResetLab(() =>
    {
        var home = Directory.CreateTempSubdirectory("gnt-tui-crash-series-").FullName;
        var env = new Dictionary<string, string>
        {
            ["XDG_STATE_HOME"] = Path.Combine(home, "state"),
            ["XDG_CONFIG_HOME"] = Path.Combine(home, "config"),
            ["XDG_RUNTIME_DIR"] = Path.Combine(home, "run"),
        };
        Directory.CreateDirectory(env["XDG_RUNTIME_DIR"]);
        try
        {
            var firstJob = LastGanetiJob();
            var random = new Random(Seed);
            var acknowledged = new HashSet<long>();
            var (afterY, afterSubmit, notOffered) = (0, 0, 0);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Operations; i++)
            {
                var instance = Instances[i % Instances.Length];
                var waitForJobId = random.Next(2) == 1;
                var delay = TimeSpan.FromMilliseconds(random.Next(0, 1500));
                using var tmux = new TmuxSession("--ssh " + LabConsole.SshTarget, env: env);
                // Live, not the cached picture of the last run: the toggle must act on what Ganeti says now.
                tmux.WaitFor("● live", Slow);
                Select(tmux, "2", "Instances", instance);
                tmux.SendKeys("s");
                var dialog = tmux.WaitUntil(s => (s.Contains($"Shut down {instance}", StringComparison.Ordinal) || s.Contains($"Start {instance}", StringComparison.Ordinal))
                    && !s.Contains("Pre-flight: checking", StringComparison.Ordinal), $"the start/stop dialog for {instance}", Slow);
                if (!dialog.Contains("y confirm", StringComparison.Ordinal))
                {
                    notOffered++; // a job of the previous console still on it: the pre-flight blocks, nothing to send
                }
                else
                {
                    tmux.SendKeys("y");
                    if (waitForJobId)
                    {
                        tmux.WaitUntil(s => Acknowledged().IsMatch(s), "the job id", Slow);
                        afterSubmit++;
                    }
                    else
                    {
                        afterY++;
                    }
                    Thread.Sleep(delay);
                }
                foreach (Match m in Acknowledged().Matches(tmux.Capture()))
                {
                    acknowledged.Add(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
                }
                tmux.Signal("KILL");
                tmux.WaitForExit();
            }
            var series = clock.Elapsed;

            // The next start: it re-attaches and reconciles; a row never sent is only called so once it is older than the submit timeout.
            var reconcile = Stopwatch.StartNew();
            using (var last = new TmuxSession("--ssh " + LabConsole.SshTarget, env: env))
            {
                last.WaitFor("node1.example.com", Slow);
                var until = DateTime.UtcNow.AddMinutes(3);
                while (AuditRows(env).Any(r => r.Status is "sending" or "submitted"))
                {
                    Assert.True(DateTime.UtcNow < until, "rows still open 3 minutes after the next start");
                    Thread.Sleep(1000);
                }
                Quit(last);
            }
            var reconciled = reconcile.Elapsed;

            var rows = AuditRows(env);
            var ours = rows.Where(r => Instances.Contains(r.Target)).ToList();
            var ganeti = GanetiJobsSince(firstJob);
            var audited = ours.Where(r => r.JobId is not null).ToDictionary(r => r.JobId!.Value);
            var lost = ganeti.Keys.Where(id => !audited.ContainsKey(id)).ToList();
            var ackLost = acknowledged.Where(id => !audited.ContainsKey(id)).ToList();
            var open = ours.Where(r => r.Status is "sending" or "submitted").ToList();
            var wrong = audited.Where(kv => ganeti.TryGetValue(kv.Key, out var status) && status != kv.Value.Status).ToList();
            var integrity = IntegrityCheck(Path.Combine(env["XDG_STATE_HOME"], "gnt-tui", "state.db"));

            _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"FIGURE crash series (seed {Seed}): {Operations} consoles killed with SIGKILL in {series.TotalSeconds:F0} s ({afterY} after y, {afterSubmit} after the job id, {notOffered} with nothing to send); "
                + $"{ours.Count} audit rows, {ganeti.Count} jobs on Ganeti, {acknowledged.Count} acknowledged on screen; by status: {string.Join(", ", ours.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}; "
                + $"lost {lost.Count} (acknowledged lost {ackLost.Count}), unresolved {open.Count}, audit ≠ Ganeti {wrong.Count}, integrity_check '{integrity}'; the last start resolved everything in {reconciled.TotalSeconds:F0} s"));

            Assert.Empty(lost);
            Assert.Empty(ackLost);
            Assert.Empty(open);
            Assert.Empty(wrong);
            Assert.Equal("ok", integrity);
            // A kill before the row was written leaves no row and sent nothing (the row goes first): not a loss.
            Assert.True(ours.Count <= afterY + afterSubmit, $"{ours.Count} rows for {afterY + afterSubmit} confirmations");
        }
        finally
        {
            LabConsoleFaultTests.CloseMasters(env["XDG_RUNTIME_DIR"]);
            Directory.Delete(home, recursive: true);
        }
    });

    private static List<AuditRow> AuditRows(IReadOnlyDictionary<string, string> env)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "gnt-tui.dll"), "audit", "--json", "--limit", "1000" })
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["XDG_STATE_HOME"] = env["XDG_STATE_HOME"];
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"gnt-tui audit --json exited {p.ExitCode}: {error}");
        return JsonSerializer.Deserialize<List<AuditRow>>(output, Json) ?? [];
    }

    /// <summary>id → Ganeti's status of every job received since <paramref name="after"/> (the lab is ours while the lock is held).</summary>
    private static Dictionary<long, string> GanetiJobsSince(long after) =>
        LabConsole.Ssh("gnt-job", "list", "--no-headers", "--separator=|", "-o", "id,status")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('|'))
            .Select(f => (Id: long.Parse(f[0].Trim(), CultureInfo.InvariantCulture), Status: f[1].Trim()))
            .Where(j => j.Id > after)
            .ToDictionary(j => j.Id, j => j.Status);

    private static string IntegrityCheck(string path)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check";
        return string.Join("; ", ReadAll(cmd));
    }

    private static List<string> ReadAll(SqliteCommand cmd)
    {
        var lines = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }
        return lines;
    }
}
