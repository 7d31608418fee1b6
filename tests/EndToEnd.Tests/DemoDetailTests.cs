namespace GntTui.EndToEnd.Tests;

/// <summary>The built gnt-tui on the demo: Enter shows Ganeti's info in sections and scrolls, y copies, c says what the fake hypervisor says.</summary>
public class DemoDetailTests
{
    [TmuxFact]
    public void Enter_on_an_instance_shows_its_info_sections_and_scrolls_through_them()
    {
        using var tmux = new TmuxSession("--demo", height: 30);
        tmux.KeepClipboard();
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [16]");
        tmux.SendKeys("g", "Enter");
        var screen = tmux.WaitFor("gnt-instance info");
        Assert.Contains("Instances › inst1.example.com", screen, StringComparison.Ordinal);
        tmux.WaitUntil(s => !s.Contains("asking Ganeti", StringComparison.Ordinal), "Ganeti's answer");

        // Down to the disks: a DRBD disk's minors and port on one line, then its nodeA/nodeB/port lines.
        screen = ScrollUntil(tmux, "PgDn", "⇄");
        Assert.Matches(@"disk/0:\s+DRBD \S+: node\d\.example\.com minor \d+ ⇄ node\d\.example\.com minor \d+, port \d+", screen);

        // The demo's resyncs add and drop lines above while we scroll: G again until the end shows.
        screen = ScrollUntil(tmux, "G", "Tags");
        Assert.Contains("Back-end parameters", tmux.Capture() + screen, StringComparison.Ordinal);
        Assert.Contains("(none)", screen, StringComparison.Ordinal);
        tmux.SendKeys("g");
        tmux.WaitUntil(s => s.Contains("primary node", StringComparison.Ordinal) && !s.Contains("Tags", StringComparison.Ordinal), "the top of the pane again");

        tmux.SendKeys("y");
        tmux.WaitFor("copied inst1.example.com");
        Assert.Equal("inst1.example.com", tmux.Clipboard());

        tmux.SendKeys("c");
        tmux.WaitFor("Ganeti answered \"Console not available for fake hypervisor\"");
        // Keys still work and q leaves cleanly.
        tmux.SendKeys("Escape");
        tmux.WaitFor("Instances [16]");
        tmux.SendKeys("1");
        tmux.WaitFor("Nodes [4]");
        tmux.SendKeys("Enter");
        tmux.WaitFor("gnt-node info");
        ScrollUntil(tmux, "G", "Node parameters");
        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }

    [TmuxFact]
    public void Read_only_still_opens_the_console_and_gnt_tui_console_prints_ganetis_answer()
    {
        using (var tmux = new TmuxSession("--demo --read-only"))
        {
            tmux.WaitFor("node1.example.com");
            tmux.SendKeys("2");
            tmux.WaitFor("Instances [16]");
            tmux.SendKeys("c");
            tmux.WaitFor("Console not available for fake hypervisor");
            tmux.SendKeys("q");
            tmux.WaitForExit();
            Assert.Equal(0, tmux.ExitStatus);
        }

        using var verb = new TmuxSession("console --demo inst1.example.com");
        verb.WaitForExit(TimeSpan.FromSeconds(30));
        Assert.Contains("Console not available for fake hypervisor", verb.Capture(), StringComparison.Ordinal);
        Assert.Equal(0, verb.ExitStatus);
    }

    /// <summary>Presses <paramref name="key"/> until <paramref name="text"/> is on screen (lines arrive while the pane is open).</summary>
    private static string ScrollUntil(TmuxSession tmux, string key, string text) => tmux.WaitUntil(s =>
    {
        if (s.Contains(text, StringComparison.Ordinal))
        {
            return true;
        }
        tmux.SendKeys(key);
        Thread.Sleep(200);
        return false;
    }, $"'{text}' after {key}");
}
