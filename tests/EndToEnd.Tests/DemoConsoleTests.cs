using System.Text.RegularExpressions;

namespace GntTui.EndToEnd.Tests;

/// <summary>The built gnt-tui on the demo cluster, in tmux, driven with the keys a person presses.</summary>
public partial class DemoConsoleTests
{
    [GeneratedRegex(@"(\d+(?:\.\d+)?)%")]
    private static partial Regex Percent();

    [TmuxFact]
    public void Switches_views_filters_describes_helps_resizes_and_quits_cleanly()
    {
        using var tmux = new TmuxSession("--demo");
        var screen = tmux.WaitFor("node1.example.com");
        Assert.Contains("DEMO", screen, StringComparison.Ordinal);
        Assert.Contains("Nodes [4]", screen, StringComparison.Ordinal);

        tmux.SendKeys("2");
        screen = tmux.WaitFor("Instances [16]");
        Assert.Contains("inst1.example.com", screen, StringComparison.Ordinal);
        tmux.SendKeys("3");
        tmux.WaitFor("DRBD [");
        tmux.SendKeys("4");
        tmux.WaitFor("Jobs [");
        tmux.Type(":no");
        tmux.SendKeys("Enter");
        tmux.WaitFor("Nodes [4]");

        tmux.SendKeys("2");
        tmux.WaitFor("Instances [16]");
        tmux.Type("/inst1[0-9]");
        tmux.SendKeys("Enter");
        screen = tmux.WaitFor("Instances [7/16]");
        Assert.DoesNotContain("inst2.example.com", screen, StringComparison.Ordinal);
        // The prompt reopens on the current filter for editing: clear it, then invert.
        tmux.SendKeys("Escape");
        tmux.WaitFor("Instances [16]");
        tmux.Type("/!inst1");
        tmux.SendKeys("Enter");
        screen = tmux.WaitFor("Instances [8/16]");
        Assert.DoesNotContain("inst1.example.com", screen, StringComparison.Ordinal);
        tmux.SendKeys("Escape");
        tmux.WaitFor("Instances [16]");

        tmux.SendKeys("g", "Enter");
        screen = tmux.WaitFor("Instances › inst1.example.com");
        Assert.Contains("node2.example.com", screen, StringComparison.Ordinal);
        tmux.SendKeys("Escape");
        tmux.WaitFor("Instances [16]");

        tmux.SendKeys("?");
        tmux.WaitFor("Keys: Instances");
        tmux.SendKeys("Escape");
        tmux.WaitUntil(s => !s.Contains("Keys: Instances", StringComparison.Ordinal), "the help to close");

        tmux.Resize(100, 30);
        tmux.WaitUntil(s => s.Split('\n')[1].TrimEnd().Length is > 90 and <= 100, "a repaint at 100 columns");
        tmux.Resize(40, 8);
        tmux.WaitFor("too small");
        tmux.Resize(160, 45);
        tmux.WaitFor("Instances [16]");

        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
        Assert.Equal("0", tmux.Format("#{alternate_on}"));
        Assert.Equal("1", tmux.Format("#{cursor_flag}"));
        Assert.Equal("0", tmux.Format("#{keypad_flag}"));
        Assert.Equal("0", tmux.Format("#{keypad_cursor_flag}"));
    }

    [TmuxFact]
    public void The_drbd_view_shows_a_resync_moving_with_an_eta()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("3");
        // The speed (and so our ETA) needs a second sample of the node: wait for it, not just the first row.
        var first = tmux.WaitUntil(s => s.Contains("syncing", StringComparison.Ordinal) && Percent().IsMatch(s) && s.Contains("MiB/s", StringComparison.Ordinal),
            "a syncing disk with its progress and speed");
        var before = double.Parse(Percent().Match(first).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches(@"\b(\d+d\d+h|\d+h\d\dm|\d+m\d\ds|\d+s)\b", first); // the ETA, in the one compact form

        var later = tmux.WaitUntil(s =>
        {
            var m = Percent().Match(s);
            return m.Success && double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > before;
        }, "the progress to move", TimeSpan.FromSeconds(20));
        Assert.Contains("syncing", later, StringComparison.Ordinal);
        tmux.SendKeys("q");
        tmux.WaitForExit();
    }

    [TmuxFact]
    public void A_job_opens_its_live_log()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("4");
        tmux.WaitFor("INSTANCE_REPLACE_DISKS");
        tmux.SendKeys("G");
        tmux.SendKeys("Enter");
        var screen = tmux.WaitFor("job 1 log");
        tmux.WaitFor("Replacing disk(s) 0 for instance 'inst1.example.com'");
        tmux.SendKeys("Escape");
        tmux.WaitFor("Jobs [");
        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }
}
