namespace GntTui.EndToEnd.Tests;

/// <summary>
/// :balance, the watcher and the capacity line in the built gnt-tui on the demo cluster. The demo's
/// planners are the real htools binaries run on its state (tests/run.sh installs ganeti-htools-3.0);
/// without them the demo says what the shell says, and so do these tests.
/// </summary>
public class DemoPlannerTests
{
    private static bool HtoolsInstalled =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "hbal")));

    /// <summary>The roll view (9) with hroller's groups; null once it said hroller is missing (no htools here).</summary>
    private static string? RollView(TmuxSession tmux)
    {
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("9");
        if (!HtoolsInstalled)
        {
            tmux.WaitFor("hroller failed: hroller: not found on the remote side");
            return null;
        }

        return tmux.WaitFor("reboot group(s) · hroller -L");
    }

    private static string Footer(string screen) => screen.TrimEnd('\n').Split('\n')[^1];

    private static string Header(string screen) => screen.Split('\n')[0];

    [TmuxFact]
    public void Balance_shows_hbals_plan_and_x_sends_it_as_a_staged_group()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys(":");
        tmux.Type("balance");
        tmux.SendKeys("Enter");
        if (!HtoolsInstalled)
        {
            tmux.WaitFor("hbal failed: hbal: not found on the remote side");
            return;
        }

        var screen = tmux.WaitUntil(s => s.Contains("jobset", StringComparison.Ordinal) && s.Contains("score", StringComparison.Ordinal), "hbal's plan");
        Assert.Contains("Balance [", screen, StringComparison.Ordinal);
        Assert.Contains("x execute", Footer(screen), StringComparison.Ordinal);
        Assert.Contains("p re-plan", Footer(screen), StringComparison.Ordinal);
        Assert.Contains("gnt-instance ", screen, StringComparison.Ordinal);

        tmux.SendKeys("x");
        var dialog = tmux.WaitFor("Rebalance: hbal's plan");
        Assert.Contains("Send plan", dialog, StringComparison.Ordinal);
        var checkedDialog = tmux.WaitUntil(s => s.Contains("ready", StringComparison.Ordinal), "the pre-flight's answer");
        Assert.Contains("--reason 'rebalance: hbal plan, score ", checkedDialog, StringComparison.Ordinal);
        tmux.SendKeys("y");
        tmux.WaitUntil(s => s.Contains("· job ", StringComparison.Ordinal), "the first jobset's job");

        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }

    [TmuxFact]
    public void Options_re_ask_hbal_and_read_only_refuses_x_with_the_reason()
    {
        using var tmux = new TmuxSession("--demo --read-only");
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("8");
        tmux.WaitUntil(s => s.Contains("hbal -L -C ·", StringComparison.Ordinal) || s.Contains("hbal failed", StringComparison.Ordinal), "hbal's answer");
        tmux.SendKeys("D");
        tmux.WaitFor("hbal -L -C --no-disk-moves");
        Assert.DoesNotContain("x execute", Footer(tmux.Capture()), StringComparison.Ordinal);
        tmux.SendKeys("x");
        tmux.WaitFor("read-only");
        tmux.SendKeys("q");
        tmux.WaitForExit();
    }

    [TmuxFact]
    public void The_watcher_paused_from_the_runbooks_view_is_in_the_header_until_it_continues()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        if (HtoolsInstalled)
        {
            Assert.Contains("room for", Footer(tmux.WaitFor("room for")), StringComparison.Ordinal);
        }

        tmux.SendKeys("7");
        tmux.WaitFor("pause watcher");
        tmux.SendKeys("w");
        tmux.WaitFor("gnt-cluster watcher pause 3600");
        tmux.SendKeys("y");
        var paused = tmux.WaitUntil(s => Header(s).Contains("watcher paused until ", StringComparison.Ordinal), "the header's watcher badge");
        Assert.Matches(@"watcher paused until \d\d:\d\d", Header(paused));

        tmux.SendKeys("W");
        tmux.WaitFor("gnt-cluster watcher continue");
        tmux.SendKeys("y");
        tmux.WaitUntil(s => !Header(s).Contains("watcher paused", StringComparison.Ordinal), "the badge to go");

        tmux.SendKeys("6");
        var audit = tmux.WaitFor("watcher continue");
        Assert.Contains("watcher pause", audit, StringComparison.Ordinal);
        tmux.SendKeys("q");
        tmux.WaitForExit();
    }

    [TmuxFact]
    public void Roll_shows_hrollers_groups_and_x_asks_for_the_groups_runbooks()
    {
        using var tmux = new TmuxSession("--demo");
        if (RollView(tmux) is not { } screen)
        {
            return;
        }

        Assert.Contains("x run group", Footer(screen), StringComparison.Ordinal);
        Assert.Contains(".example.com", screen, StringComparison.Ordinal);
        tmux.SendKeys("O");
        tmux.WaitFor("hroller -L --one-step-only ·");
        tmux.SendKeys("x");
        tmux.WaitUntil(s => s.Contains("Maintenance runbook", StringComparison.Ordinal), "the runbook question");
        tmux.SendKeys("Escape");
        tmux.WaitUntil(s => !s.Contains("Maintenance runbook", StringComparison.Ordinal), "the question to close");
        tmux.SendKeys("q");
        tmux.WaitForExit();
    }

    /// <summary>
    /// R starts the roll over the demo's groups with the watcher box ticked: the header's badge says
    /// the roll paused the watcher and group 1's runbook runs. The demo's resyncs and jobs may block
    /// the first group (a pre-flight blocker): c then asks for the node's name, as it would on a
    /// cluster. Held (P) and abandoned (A), the console says the watcher is still paused by the run
    /// and W continues it. Groups following each other to the end are the Engine's and the lab's tests.
    /// </summary>
    [TmuxFact]
    public void Roll_starts_with_the_watcher_paused_and_an_abandoned_roll_offers_W()
    {
        using var tmux = new TmuxSession("--demo");
        if (RollView(tmux) is not { } screen)
        {
            return;
        }

        Assert.Contains("R roll all", Footer(screen), StringComparison.Ordinal);
        tmux.SendKeys("R");
        tmux.WaitFor("Rolling maintenance:");
        tmux.WaitFor("[x] pause the watcher for the roll");
        tmux.SendKeys("y");

        // "running" shows at once; the first group's pre-flight then either holds it or pauses the watcher and starts its runbook.
        var started = tmux.WaitUntil(s => Header(s).Contains("watcher paused until ", StringComparison.Ordinal) || s.Contains("roll 1 held at group 1", StringComparison.Ordinal), "the roll's first group");
        if (started.Contains("roll 1 held at group 1", StringComparison.Ordinal))
        {
            // Blocked by the demo's activity (a resync, a job on an instance): typing the node's name overrides it.
            Assert.Contains("is blocked:", started, StringComparison.Ordinal);
            var node = started.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("1 ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            Assert.EndsWith(".example.com", node, StringComparison.Ordinal);
            tmux.SendKeys("c");
            tmux.WaitFor("Continue roll 1 over its blockers");
            tmux.Type(node);
            tmux.WaitFor("Enter confirm");
            tmux.SendKeys("Enter");
        }

        var running = tmux.WaitUntil(s => Header(s).Contains("watcher paused until ", StringComparison.Ordinal) && s.Contains("roll 1 running group 1 of", StringComparison.Ordinal)
            && s.Contains("runbook ", StringComparison.Ordinal), "the watcher badge and group 1's runbook running");
        Assert.Matches(@"roll 1 running group 1 of \d+ · watcher paused until \d\d:\d\d", running);

        tmux.SendKeys("P");
        tmux.WaitFor("paused by the operator at group 1");
        tmux.SendKeys("A");
        tmux.WaitFor("Abandon roll 1");
        tmux.WaitFor("(paused by this run): W continues it");
        tmux.SendKeys("y");
        var abandoned = tmux.WaitFor("roll 1 abandoned at group 1");
        Assert.Contains("watcher paused until ", Header(abandoned), StringComparison.Ordinal);

        tmux.SendKeys("W");
        tmux.WaitFor("gnt-cluster watcher continue");
        tmux.SendKeys("y");
        tmux.WaitUntil(s => !Header(s).Contains("watcher paused", StringComparison.Ordinal), "the badge to go");

        tmux.SendKeys("6");
        var audit = tmux.WaitFor("watcher continue");
        Assert.Contains("watcher pause", audit, StringComparison.Ordinal);
        tmux.SendKeys("q");
        tmux.WaitForExit();
    }
}
