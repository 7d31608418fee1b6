namespace GntTui.EndToEnd.Tests;

/// <summary>
/// The built gnt-tui on a demo the size of a large cluster (1,000 nodes, 20,000 instances): the
/// failover dialog opens, is cancelled, and the console quits, the terminal restored. Waits are
/// generous and on conditions; how fast it answers is measured by bench/scripts/pty-bench.py.
/// </summary>
public class DemoScaleTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [TmuxFact]
    public void At_20000_instances_the_failover_dialog_opens_cancels_and_the_console_quits()
    {
        using var tmux = new TmuxSession("--demo --demo-size nodes=1000,instances=20000");
        tmux.WaitFor("Nodes [1000]", Generous);
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [20000]", Generous);

        tmux.SendKeys("f");
        var dialog = tmux.WaitFor("Fail over inst", Generous);
        Assert.Contains("gnt-instance failover", dialog, StringComparison.Ordinal);
        // The findings fill in once worked out off the UI loop.
        tmux.WaitUntil(s => s.Contains("Pre-flight", StringComparison.Ordinal) && !s.Contains("checking…", StringComparison.Ordinal),
            "the pre-flight findings", Generous);

        tmux.SendKeys("Escape");
        tmux.WaitUntil(s => !s.Contains("Fail over inst", StringComparison.Ordinal), "the dialog to close", Generous);
        tmux.WaitFor("Instances [20000]", Generous);

        tmux.SendKeys("q");
        tmux.WaitForExit(Generous);
        Assert.Equal(0, tmux.ExitStatus);
        Assert.Equal("0", tmux.Format("#{alternate_on}"));
        Assert.Equal("1", tmux.Format("#{cursor_flag}"));
    }
}
