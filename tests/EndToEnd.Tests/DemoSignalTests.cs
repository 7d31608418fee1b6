namespace GntTui.EndToEnd.Tests;

/// <summary>A console ended by a signal exits as a shell expects (128 + the signal) with the terminal given back.</summary>
public class DemoSignalTests
{
    [TmuxTheory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    [InlineData("HUP", 129)]
    public void A_signal_ends_the_console_with_128_plus_its_number(string signal, int expected)
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");

        tmux.Signal(signal);
        tmux.WaitForExit();

        Assert.Equal(expected, tmux.ExitStatus);
        Assert.Equal("0", tmux.Format("#{alternate_on}"));
    }

    [TmuxFact]
    public void Quitting_with_q_still_exits_zero()
    {
        using var tmux = new TmuxSession("--demo");
        tmux.WaitFor("node1.example.com");

        tmux.SendKeys("q");
        tmux.WaitForExit();

        Assert.Equal(0, tmux.ExitStatus);
    }
}
