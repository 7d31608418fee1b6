using System.Diagnostics;

namespace GntTui.EndToEnd.Tests;

/// <summary>Pastes in the built gnt-tui on the demo cluster: text for the field, never keys (issue 15, item 1).</summary>
public class DemoPasteTests
{
    private static string LastLine(string screen) => screen.TrimEnd('\n').Split('\n')[^1];

    [TmuxFact]
    public void A_paste_into_the_reason_field_is_text_and_never_sends_or_opens_anything()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [16]");
        tmux.SendKeys("Down", "Down", "Down", "Down", "r");
        tmux.WaitFor("Reboot inst5.example.com");
        tmux.SendKeys("Tab");

        // Before bracketed paste this submitted the reboot (the pasted Enter, then y) and the pasted s opened a shutdown.
        tmux.Paste("checked with oncall\nyes go ahead");
        tmux.WaitFor("(root@vm)checked with oncall yes go ahead");
        Thread.Sleep(1000); // room for a paste read as keys to do its damage
        var screen = tmux.Capture();
        Assert.Contains("Reboot inst5.example.com", screen, StringComparison.Ordinal);
        Assert.Contains("reason   gnt-tui: reboot inst5 (root@vm)checked with oncall yes go ahead", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("submitted", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("sending", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Shut down", screen, StringComparison.Ordinal);

        // A megabyte: read at once, cut to the field's bound, said so, and the console still answers.
        var clock = Stopwatch.StartNew();
        tmux.Paste(string.Concat(Enumerable.Repeat("yes go ahead s\n", 70_000)));
        screen = tmux.WaitFor("cut to 400 characters", TimeSpan.FromSeconds(20));
        var absorbed = clock.Elapsed;
        Assert.Contains("Reboot inst5.example.com", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("submitted", screen, StringComparison.Ordinal);
        Assert.True(absorbed < TimeSpan.FromSeconds(10), $"a 1 MB paste took {absorbed}");

        clock.Restart();
        tmux.SendKeys("Escape");
        screen = tmux.WaitUntil(s => !s.Contains("Reboot inst5", StringComparison.Ordinal), "Esc to close the dialog", TimeSpan.FromSeconds(5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Esc took {clock.Elapsed}");
        Assert.DoesNotContain("submitted", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Shut down", screen, StringComparison.Ordinal);

        // A paste on the list is not a key either: no s, no r, no q.
        tmux.Paste("srq");
        Thread.Sleep(500);
        screen = tmux.Capture();
        Assert.Contains("Instances [16]", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Shut down", screen, StringComparison.Ordinal);
        Assert.DoesNotContain("Reboot inst", screen, StringComparison.Ordinal);

        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);

        // Bracketed paste is off again: the shell's terminal gets the text bare, without ESC[200~.
        tmux.Paste("after-exit");
        screen = tmux.WaitFor("after-exit");
        Assert.DoesNotContain("[200~", screen, StringComparison.Ordinal);
    }

    [TmuxFact]
    public void Sigterm_turns_bracketed_paste_off_again()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        var shell = int.Parse(tmux.Format("#{pane_pid}"), System.Globalization.CultureInfo.InvariantCulture);
        var console = ChildOf(shell);
        using (var kill = Process.Start("kill", ["-TERM", console.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        tmux.WaitForExit();
        tmux.Paste("after-sigterm");
        var screen = tmux.WaitFor("after-sigterm");
        Assert.DoesNotContain("[200~", screen, StringComparison.Ordinal);
        Assert.Equal("0", tmux.Format("#{alternate_on}"));
    }

    private static int ChildOf(int parent)
    {
        var psi = new ProcessStartInfo("pgrep", ["-P", parent.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { RedirectStandardOutput = true };
        using var pgrep = Process.Start(psi)!;
        var output = pgrep.StandardOutput.ReadToEnd();
        pgrep.WaitForExit();
        return int.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    [TmuxFact]
    public void A_megabyte_paste_into_the_filter_applies_once_bounded_and_the_console_answers()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [16]");
        tmux.SendKeys("/");

        var clock = Stopwatch.StartNew();
        tmux.Paste(new string('x', 1 << 20));
        var screen = tmux.WaitFor("cut to 1,024 characters", TimeSpan.FromSeconds(20));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"a 1 MB paste took {clock.Elapsed}");
        Assert.Contains("Instances [0/16]", screen, StringComparison.Ordinal);

        clock.Restart();
        tmux.SendKeys("Escape");
        tmux.WaitFor("Instances [16]", TimeSpan.FromSeconds(5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Esc took {clock.Elapsed}");

        tmux.SendKeys("/");
        tmux.Paste("inst1[0-2]\n");
        screen = tmux.WaitFor("Instances [3/16]");
        Assert.StartsWith("/inst1[0-2]", screen.Split('\n')[1], StringComparison.Ordinal); // the pasted newline did not submit: still typing
        tmux.SendKeys("Enter");
        screen = tmux.WaitUntil(s => !s.Split('\n')[1].StartsWith('/'), "the prompt to close");
        Assert.Contains("filter /inst1[0-2]", LastLine(screen), StringComparison.Ordinal);
        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }
}
