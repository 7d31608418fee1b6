namespace GntTui.EndToEnd.Tests;

/// <summary>
/// The built gnt-tui on the demo at 80x24, in tmux: names drop the cluster's domain when they do
/// not fit, and columns give way by priority (totals first), so health and names stay readable.
/// </summary>
public class DemoNarrowTests
{
    private static string[] Lines(string screen) => screen.Split('\n');

    [TmuxFact]
    public void At_80x24_the_nodes_keep_names_and_drbd_health_and_jobs_keep_the_instance()
    {
        using var tmux = new TmuxSession("--demo", width: 80, height: 24);
        var screen = tmux.WaitFor("Nodes [4]");
        var header = Assert.Single(Lines(screen), l => l.Contains("NAME", StringComparison.Ordinal) && l.Contains("ROLE", StringComparison.Ordinal));
        // The totals and the group give way; the free space, the counts and DRBD's health stay, and
        // so the names have room to stay whole.
        Assert.Matches(@"^\s+NAME▲\s+ROLE\s+FLAGS\s+MEM FREE\s+DISK FREE\s+PINST\s+SINST\s+DRBD\s*$", header);
        var row = new System.Text.RegularExpressions.Regex(@"^\s+node2\.example\.com\s+candidate\s+-\s+\S+\s+\S+\s+\d+\s+\d+\s+(ok|\d+ degraded)\s*$");
        tmux.WaitUntil(s => Lines(s).Any(row.IsMatch), "node2's row, whole, with its DRBD health");

        // The demo's jobs are about instances: each keeps its instance's name at this width.
        tmux.SendKeys("4");
        var job = new System.Text.RegularExpressions.Regex(@"INSTANCE_\w+\(inst\d+\)");
        screen = tmux.WaitUntil(s => job.IsMatch(s), "a job's summary with its instance's short name whole");
        Assert.DoesNotContain(".exa…", screen, StringComparison.Ordinal);
        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }
}
