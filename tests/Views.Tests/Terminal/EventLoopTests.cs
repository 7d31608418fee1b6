using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;

namespace GntTui.Views.Tests.Terminal;

public sealed class EventLoopTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromMilliseconds(100);
    private readonly ManualTimeProvider _time = new();
    private readonly FakeTerminal _terminal = new(40, 10);
    private readonly RecordingHandler _handler = new();

    [Fact]
    public void Paints_the_first_frame_at_once_in_one_write()
    {
        using var loop = NewLoop();
        loop.RunPending();

        Assert.Equal(1, loop.FramesRendered);
        Assert.Equal(1, _terminal.WriteCount);
        Assert.Contains("frame 1", _terminal.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_after_a_quiet_spell_paints_immediately()
    {
        using var loop = NewLoop();
        loop.RunPending();
        _time.Advance(TimeSpan.FromSeconds(2));

        loop.PostKey(KeyEvent.Char('j'));
        loop.RunPending();

        Assert.Equal(2, loop.FramesRendered);
    }

    [Fact]
    public void A_key_within_the_cap_is_painted_when_the_interval_ends()
    {
        using var loop = NewLoop();
        loop.RunPending();
        _time.Advance(TimeSpan.FromMilliseconds(30));

        loop.PostKey(KeyEvent.Char('j'));
        loop.RunPending();
        Assert.Equal(1, loop.FramesRendered);

        _time.Advance(TimeSpan.FromMilliseconds(69));
        loop.RunPending();
        Assert.Equal(1, loop.FramesRendered);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        loop.RunPending();
        Assert.Equal(2, loop.FramesRendered);
        Assert.Contains("keys 1", loop.Screen.GetRowText(0), StringComparison.Ordinal);
        Assert.Equal(0, _handler.Pending);
    }

    [Fact]
    public void A_burst_of_messages_costs_at_most_one_frame_per_interval()
    {
        using var loop = NewLoop();
        loop.RunPending();
        for (var ms = 0; ms < 1000; ms += 5)
        {
            _time.Advance(TimeSpan.FromMilliseconds(5));
            loop.Post(new Snapshot(ms));
            loop.PostKey(KeyEvent.Char('j'));
            loop.RunPending();
        }

        _time.Advance(Cap);
        loop.RunPending();

        // 1 s of events at 400/s: the first frame plus about one per 100 ms.
        Assert.InRange(loop.FramesRendered, 10, 12);
        Assert.Equal(200, _handler.Messages);
        Assert.Equal(0, _handler.Pending);
    }

    [Fact]
    public void Events_that_change_nothing_paint_nothing()
    {
        using var loop = NewLoop();
        loop.RunPending();
        _time.Advance(TimeSpan.FromSeconds(1));
        _terminal.ClearOutput();

        loop.Post("ignored");
        loop.RunPending();

        Assert.Equal(1, loop.FramesRendered);
        Assert.Empty(_terminal.OutputBytes());
    }

    [Fact]
    public void A_frame_whose_cells_did_not_change_writes_nothing()
    {
        using var loop = NewLoop();
        loop.RunPending();
        _time.Advance(TimeSpan.FromSeconds(1));
        _terminal.ClearOutput();
        _handler.Frozen = true;

        loop.PostKey(KeyEvent.Char('j'));
        loop.RunPending();

        Assert.Equal(2, loop.FramesRendered);
        Assert.Equal(0, _terminal.WriteCount);
    }

    [Fact]
    public void A_resize_resizes_the_screen_and_repaints_everything()
    {
        using var loop = NewLoop();
        loop.RunPending();
        _time.Advance(TimeSpan.FromSeconds(1));
        _terminal.ClearOutput();

        _terminal.Resize(60, 20);
        loop.RunPending();

        Assert.Equal((60, 20), (loop.Screen.Width, loop.Screen.Height));
        Assert.Equal(new TerminalSize(60, 20), _handler.LastSize);
        Assert.StartsWith("\e[0m\e[2J", _terminal.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repaint_from_the_handler_clears_and_paints_everything_again()
    {
        using var loop = NewLoop();
        loop.RunPending();
        _time.Advance(TimeSpan.FromSeconds(1));
        _terminal.ClearOutput();

        loop.PostKey(KeyEvent.CtrlChar('l'));
        loop.RunPending();

        Assert.StartsWith("\e[0m\e[2J", _terminal.OutputText, StringComparison.Ordinal);
        Assert.Contains("frame 2", _terminal.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticks_arrive_at_the_tick_interval()
    {
        using var loop = NewLoop();
        loop.RunPending();

        _time.Advance(TimeSpan.FromSeconds(3.5));
        loop.RunPending();

        Assert.Equal(3, _handler.Ticks);
    }

    [Fact]
    public void Quit_stops_the_loop()
    {
        using var loop = NewLoop();
        loop.RunPending();
        loop.PostKey(KeyEvent.Char('q'));

        Assert.False(loop.RunPending());
        Assert.True(loop.IsStopped);
    }

    [Fact]
    public async Task RunAsync_handles_events_posted_from_other_threads_until_quit()
    {
        using var loop = new EventLoop(_terminal, _handler, TimeProvider.System, new EventLoopOptions { TickInterval = TimeSpan.Zero });
        var run = Task.Run(() => loop.RunAsync());
        await Task.Run(() =>
        {
            loop.PostKey(KeyEvent.Char('j'));
            loop.Post(new Snapshot(1));
            loop.PostKey(KeyEvent.Char('q'));
        });

        await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, _handler.Keys);
        Assert.Equal(1, _handler.Messages);
    }

    private EventLoop NewLoop() =>
        new(_terminal, _handler, _time, new EventLoopOptions { FrameInterval = Cap, TickInterval = TimeSpan.FromSeconds(1) });

    private sealed record Snapshot(int Number);

    private sealed class RecordingHandler : ILoopHandler
    {
        private int _frames;

        public int Keys { get; private set; }

        public int Messages { get; private set; }

        public int Ticks { get; private set; }

        public int Pending { get; private set; }

        public bool Frozen { get; set; }

        public TerminalSize? LastSize { get; private set; }

        public LoopOutcome Handle(LoopEvent loopEvent)
        {
            switch (loopEvent)
            {
                case LoopEvent.KeyPressed { Key.Rune.Value: 'q' }:
                    return LoopOutcome.Quit;
                case LoopEvent.KeyPressed { Key: { Ctrl: true, Rune.Value: 'l' } }:
                    // Nothing changed in the handler's state: only a repaint brings the frame back.
                    return LoopOutcome.Repaint;
                case LoopEvent.KeyPressed:
                    Keys++;
                    Pending++;
                    return LoopOutcome.Redraw;
                case LoopEvent.Message { Payload: Snapshot }:
                    Messages++;
                    Pending++;
                    return LoopOutcome.Redraw;
                case LoopEvent.Tick:
                    Ticks++;
                    return LoopOutcome.Unchanged;
                case LoopEvent.Resized resized:
                    LastSize = resized.Size;
                    return LoopOutcome.Redraw;
                default:
                    return LoopOutcome.Unchanged;
            }
        }

        public void Render(Screen screen)
        {
            Pending = 0;
            if (Frozen)
            {
                return;
            }

            _frames++;
            screen.Clear();
            screen.Write(0, 0, $"frame {_frames} keys {Keys} messages {Messages}", CellStyle.Default);
        }
    }
}
