using GntTui.Engine.Live;
using GntTui.Views.Live;
using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;

namespace GntTui.Views.Tests.Terminal;

/// <summary>A notification reaches the terminal through the loop, its only writer, whole and between frames.</summary>
public sealed class TerminalBytesTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly FakeTerminal _terminal = new(40, 10);

    [Fact]
    public void Attention_from_the_session_is_written_by_the_loop_as_bell_and_osc_bytes()
    {
        using var loop = new EventLoop(_terminal, new Blank(), _time, new EventLoopOptions { TickInterval = TimeSpan.Zero });
        loop.RunPending();
        var feed = new SessionFeed(loop.Post, ring: true);

        feed.On(new SessionEvent.Attention(new JobNotification("gnt-tui: migrate inst1 succeeded", "job 7 in 3 s")));
        Assert.DoesNotContain("\a", _terminal.OutputText, StringComparison.Ordinal);
        loop.RunPending();

        Assert.Contains("\u001b]9;gnt-tui: migrate inst1 succeeded: job 7 in 3 s\a", _terminal.OutputText, StringComparison.Ordinal);
        Assert.Contains("\u001b]777;notify;gnt-tui: migrate inst1 succeeded;job 7 in 3 s\a", _terminal.OutputText, StringComparison.Ordinal);
        Assert.EndsWith("\a\a", _terminal.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void With_notifications_off_in_the_config_nothing_is_rung()
    {
        using var loop = new EventLoop(_terminal, new Blank(), _time, new EventLoopOptions { TickInterval = TimeSpan.Zero });
        loop.RunPending();
        var before = _terminal.OutputText;

        new SessionFeed(loop.Post, ring: false).On(new SessionEvent.Attention(new JobNotification("t", "b")));
        loop.RunPending();

        Assert.Equal(before, _terminal.OutputText);
    }

    private sealed class Blank : ILoopHandler
    {
        public LoopOutcome Handle(LoopEvent loopEvent) => LoopOutcome.Unchanged;

        public void Render(Screen screen) => screen.Write(0, 0, "frame", default);
    }
}
