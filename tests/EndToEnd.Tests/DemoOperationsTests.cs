namespace GntTui.EndToEnd.Tests;

/// <summary>Operation keys in the built gnt-tui on the demo cluster.</summary>
public class DemoOperationsTests
{
    private static string Footer(string screen) => screen.TrimEnd('\n').Split('\n')[^1];

    [TmuxFact]
    public void Read_only_mode_hides_the_operation_keys_from_footer_and_help()
    {
        using (var writable = new TmuxSession("--demo"))
        {
            writable.WaitFor("node1.example.com");
            writable.SendKeys("2");
            Assert.Contains("m migrate", Footer(writable.WaitFor("Instances [16]")), StringComparison.Ordinal);
            writable.SendKeys("q");
            writable.WaitForExit();
        }

        using var tmux = new TmuxSession("--demo --read-only");
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("2");
        var screen = tmux.WaitFor("Instances [16]");
        Assert.Contains("READ-ONLY", screen, StringComparison.Ordinal);
        var footer = Footer(screen);
        Assert.DoesNotContain("m migrate", footer, StringComparison.Ordinal);
        Assert.DoesNotContain("failover", footer, StringComparison.Ordinal);
        Assert.Contains("v verify", footer, StringComparison.Ordinal);

        tmux.SendKeys("?");
        var help = tmux.WaitFor("Keys: Instances");
        Assert.DoesNotContain("migrate (live)", help, StringComparison.Ordinal);
        Assert.DoesNotContain("fail over", help, StringComparison.Ordinal);
        Assert.DoesNotContain("Operations", help, StringComparison.Ordinal);
        Assert.Contains("cluster verify", help, StringComparison.Ordinal);
        tmux.SendKeys("Escape");
        tmux.WaitUntil(s => !s.Contains("Keys: Instances", StringComparison.Ordinal), "the help to close");

        // Keys are handled in order: once the help that "?" opens is up, "m" has been handled too.
        // A migrate dialog, had "m" opened one, would show (and would have taken the "?").
        tmux.SendKeys("m");
        tmux.SendKeys("?");
        var after = tmux.WaitUntil(
            s => s.Contains("Keys: Instances", StringComparison.Ordinal) || s.Contains("Migrate inst", StringComparison.Ordinal),
            "the help (or a migrate dialog)");
        Assert.DoesNotContain("Migrate inst", after, StringComparison.Ordinal);
        tmux.SendKeys("Escape");
        tmux.WaitUntil(s => !s.Contains("Keys: Instances", StringComparison.Ordinal), "the help to close");
        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }
}
