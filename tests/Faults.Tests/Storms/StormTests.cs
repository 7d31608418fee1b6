using System.Diagnostics;
using System.Text.Json;
using GntTui.EndToEnd.Tests;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests.Storms;

/// <summary>
/// The built gnt-tui on the demo cluster in a real terminal (tmux), under what an operator's own
/// fingers and terminal can do to it: pastes of many lines and of a megabyte into every text
/// field, a storm of 1,000 keys a second for 10 seconds, 50 resizes in 5 seconds. Afterwards:
/// no operation was sent that nobody confirmed (the audit trail and the demo's job list say so),
/// the console answers within a bound, still draws, and quits with q.
/// </summary>
public sealed class StormTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions AuditJson = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// Keys that never start an operation: y, n, Enter, Esc, Tab, arrows, paging, view digits,
    /// the filter, help, Space, and letters bound to nothing. The letters that open operation
    /// dialogs (and q, which would end the test) are left out, so any operation afterwards is one
    /// nobody asked for.
    /// </summary>
    private static readonly string[] HarmlessKeys =
    [
        "y", "Y", "n", "N", "Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End",
        "Space", "1", "2", "3", "4", "5", "6", "7", "/", "?", "a", "b", "h", "l", "p", "t", "z", "j", "k", "g", "G", "i",
    ];

    /// <summary>Every key, operation letters included: in --read-only nothing may be sent whatever is pressed.</summary>
    private static readonly string[] AnyKey =
    [
        // w/W pause and continue the watcher (runbooks and roll views, asked first): operations since issue 14.
        .. HarmlessKeys, "r", "s", "m", "M", "d", "o", "e", "C", "R", "c", "f", "x", "X", "u", "v", ":", "w", "W",
    ];

    [TmuxFact]
    public void A_thousand_keys_a_second_for_ten_seconds_send_nothing_and_the_console_answers_at_once()
    {
        Storm("--demo", HarmlessKeys, seed: 15_004, "key storm (harmless keys)");
    }

    [TmuxFact]
    public void A_storm_of_every_key_in_read_only_mode_sends_nothing()
    {
        Storm("--demo --read-only", AnyKey, seed: 15_005, "key storm (every key, --read-only)");
    }

    private void Storm(string arguments, string[] keys, int seed, string figure)
    {
        using var tmux = new TmuxSession(arguments);
        tmux.WaitFor("node1.example.com");
        var jobsBefore = JobCount(tmux);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var sent = 0;
        // 100 keys every 100 ms: one tmux call per batch, 1,000 keys a second.
        for (var tick = 0; tick < 100; tick++)
        {
            var batch = Enumerable.Range(0, 100).Select(_ => keys[random.Next(keys.Length)]).ToArray();
            tmux.SendKeys(batch);
            sent += batch.Length;
            var due = TimeSpan.FromMilliseconds(100 * (tick + 1));
            if (clock.Elapsed < due)
            {
                Thread.Sleep(due - clock.Elapsed);
            }
        }
        var stormTook = clock.Elapsed;

        // How long until the console answers: Esc closes whatever is open, 6 shows the audit view.
        var lag = Stopwatch.StartNew();
        Escape(tmux, 3);
        tmux.SendKeys("6");
        tmux.WaitFor("Audit [", TimeSpan.FromSeconds(90));
        var answered = lag.Elapsed;
        var screen = tmux.Capture();
        Escape(tmux, 2);
        var jobsAfter = JobCount(tmux);
        tmux.SendKeys("q");
        tmux.WaitForExit(TimeSpan.FromSeconds(20));
        var exit = tmux.ExitStatus;
        var audited = AuditRows(tmux);

        // The demo's own jobs come and go by themselves: the audit trail is what counts what we sent.
        Figures.Record(output, figure, $"{sent} keys in {stormTook.TotalSeconds:F1} s: {audited.Count} audit rows (operations sent or refused), demo job queue {jobsBefore} before and {jobsAfter} after (the demo's own), "
            + $"answered {answered.TotalMilliseconds:F0} ms after the storm, quit with q (exit {exit})");
        Assert.True(audited.Count == 0, "operations were sent: " + string.Join("; ", audited.Select(r => $"{r.Verb} {r.Target} {r.Status}")));
        // Keys queue up rather than being dropped (a dropped Esc would be worse): the bound is how long the queue takes to drain.
        Assert.True(answered < TimeSpan.FromSeconds(60), $"the console took {answered} to answer after the storm; the screen was:\n{screen}");
        Assert.Equal(0, exit);
    }

    [TmuxFact]
    public void Fifty_resizes_in_five_seconds_leave_a_console_that_draws_and_quits()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        var random = new Random(15_006);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 50; i++)
        {
            tmux.Resize(random.Next(20, 240), random.Next(5, 70));
            var due = TimeSpan.FromMilliseconds(100 * (i + 1));
            if (clock.Elapsed < due)
            {
                Thread.Sleep(due - clock.Elapsed);
            }
        }
        var resizesTook = clock.Elapsed;
        var lag = Stopwatch.StartNew();
        tmux.Resize(160, 45);
        tmux.SendKeys("2");
        var screen = tmux.WaitFor("Instances [16]", TimeSpan.FromSeconds(30));
        var answered = lag.Elapsed;
        tmux.SendKeys("q");
        tmux.WaitForExit(TimeSpan.FromSeconds(20));

        Figures.Record(output, "resize storm", $"50 resizes (20–240 × 5–70) in {resizesTook.TotalSeconds:F1} s: drew the instances list {answered.TotalMilliseconds:F0} ms after, quit with q (exit {tmux.ExitStatus})");
        Assert.Contains(".example.com", screen, StringComparison.Ordinal);
        Assert.True(answered < TimeSpan.FromSeconds(5), $"took {answered}");
        Assert.Equal(0, tmux.ExitStatus);
    }

    /// <summary>Multi-line pastes and a megabyte into the filter, the command line and the reason: text, never keys.</summary>
    [TmuxFact]
    public void Multi_line_and_megabyte_pastes_into_every_text_field_are_text_and_send_nothing()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [16]");
        const string MultiLine = "line one\ny\nr\ny\nq\n:quit\n";
        var megabyte = string.Concat(Enumerable.Repeat("y\nr s q\n", 1 << 17));
        var timings = new List<string>();

        foreach (var (field, open, opened, then) in new (string, string[], string, string[])[]
        {
            ("filter /", ["/"], "/", []),
            ("command line :", [":"], ":", []),
            // inst5: no job on it, so no blocker and no typed name; Tab once the pre-flight has answered.
            ("reason", ["Home", "Down", "Down", "Down", "Down", "r"], "Reboot inst5.example.com", ["Tab"]),
        })
        {
            foreach (var (what, text) in new[] { ("multi-line", MultiLine), ("1 MiB", megabyte) })
            {
                tmux.SendKeys(open);
                tmux.WaitFor(opened);
                if (then.Length > 0)
                {
                    Thread.Sleep(1000);
                    tmux.SendKeys(then);
                }
                var clock = Stopwatch.StartNew();
                tmux.Paste(text);
                tmux.WaitUntil(s => s.Contains("cut to", StringComparison.Ordinal) || s.Contains("line one", StringComparison.Ordinal), $"the paste into the {field}", TimeSpan.FromSeconds(30));
                var absorbed = clock.Elapsed;
                clock.Restart();
                Escape(tmux, 1);
                tmux.WaitUntil(s => !s.Contains("Reboot inst", StringComparison.Ordinal) && !s.Split('\n')[1].StartsWith(opened, StringComparison.Ordinal), "Esc to close the field", TimeSpan.FromSeconds(10));
                timings.Add($"{field} {what}: absorbed {absorbed.TotalMilliseconds:F0} ms, closed {clock.Elapsed.TotalMilliseconds:F0} ms");
                Assert.True(absorbed < TimeSpan.FromSeconds(10), $"{field} {what}: {absorbed}");
                Assert.False(tmux.HasExited, $"the paste of {what} into the {field} quit the console");
            }
        }

        var afterPastes = AuditRows(tmux);

        // The control: one reboot confirmed by hand is one audit row, so the count above can see one.
        Escape(tmux, 1);
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [16]");
        tmux.SendKeys("Home", "Down", "Down", "Down", "Down", "r");
        tmux.WaitFor("Reboot inst5.example.com");
        Thread.Sleep(1000);
        tmux.SendKeys("y");
        tmux.WaitFor("submitted", TimeSpan.FromSeconds(20));
        var jobsAfter = JobCount(tmux);
        tmux.SendKeys("q");
        tmux.WaitForExit(TimeSpan.FromSeconds(20));
        var control = AuditRows(tmux);
        Figures.Record(output, "pastes", $"{timings.Count} pastes (multi-line and 1 MiB into filter, command line, reason): {afterPastes.Count} audit rows; "
            + $"control (one reboot confirmed with y): {control.Count} row; " + string.Join("; ", timings));
        Assert.Empty(afterPastes);
        Assert.Equal(["reboot inst5.example.com"], control.Select(r => $"{r.Verb} {r.Target}"));
        Assert.True(jobsAfter > 0);
        Assert.Equal(0, tmux.ExitStatus);
    }

    /// <summary>The demo's job count from the Jobs view title ("Jobs [N]").</summary>
    private static int JobCount(TmuxSession tmux)
    {
        tmux.SendKeys("4");
        var screen = tmux.WaitFor("Jobs [", TimeSpan.FromSeconds(10));
        // "Jobs [3]", or "Jobs [0/3]" under a filter the storm typed: the total is the last number.
        var at = screen.IndexOf("Jobs [", StringComparison.Ordinal) + 6;
        var inside = screen[at..screen.IndexOf(']', at)];
        var digits = inside.Contains('/', StringComparison.Ordinal) ? inside[(inside.IndexOf('/', StringComparison.Ordinal) + 1)..] : inside;
        return int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Esc on its own: an Esc followed at once by a key is that key with Alt, as in any terminal.</summary>
    private static void Escape(TmuxSession tmux, int times)
    {
        for (var i = 0; i < times; i++)
        {
            tmux.SendKeys("Escape");
            Thread.Sleep(150);
        }
    }

    private sealed record Row(string Verb, string Target, string Status);

    private static List<Row> AuditRows(TmuxSession tmux)
    {
        var text = tmux.AuditJson();
        return JsonSerializer.Deserialize<List<Row>>(text.StartsWith('[') ? text : "[]", AuditJson) ?? [];
    }
}
