using System.Collections.Concurrent;
using System.IO.Pipes;
using System.Text;
using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;

namespace GntTui.Views.Tests.Terminal;

/// <summary>Lending the terminal to an instance's console: no key is taken from it, and the console's modes come back.</summary>
public sealed class TerminalHandoffTests
{
    [Fact]
    public void A_paused_reader_leaves_the_keys_to_the_other_program_and_reads_again_after()
    {
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        using var input = new AnonymousPipeClientStream(PipeDirection.In, pipe.ClientSafePipeHandle);
        var keys = new BlockingCollection<string>();
        var reader = new InputReader(input, k => keys.Add(k.ToString()), fd: (int)pipe.ClientSafePipeHandle.DangerousGetHandle());
        reader.Start();

        Send(pipe, "j");
        Assert.Equal("j", Take(keys));

        reader.Pause();
        Send(pipe, "typed into the console");
        Thread.Sleep(300);
        Assert.Empty(keys);
        // The bytes are still there for whoever reads the terminal now.
        var buffer = new byte[64];
        var read = input.Read(buffer);
        Assert.Equal("typed into the console", Encoding.UTF8.GetString(buffer, 0, read));

        reader.Resume();
        Send(pipe, "k");
        Assert.Equal("k", Take(keys));
        reader.Stop();
        Send(pipe, "q");
    }

    [Fact]
    public void The_terminal_goes_back_to_the_shell_for_the_program_and_returns_to_the_console_after()
    {
        var terminal = new FakeTerminal();
        using var session = new TerminalSession(terminal, hookProcess: false);
        session.Enter();
        var reader = new InputReader(_ => { }, readKey: () => throw new InvalidOperationException("no keys"));
        var handoff = new TerminalHandoff(session, reader, terminal);
        string? during = null;

        var code = handoff.Run("gnt-tui: console of inst1.example.com", () =>
        {
            during = terminal.OutputText;
            Assert.False(session.IsActive);
            return 7;
        });

        Assert.Equal(7, code);
        Assert.True(session.IsActive);
        Assert.EndsWith(TerminalSession.RestoreSequence + "gnt-tui: console of inst1.example.com\r\n", during, StringComparison.Ordinal);
        Assert.EndsWith(TerminalSession.EnterSequence, terminal.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_returns_even_when_the_program_fails()
    {
        var terminal = new FakeTerminal();
        using var session = new TerminalSession(terminal, hookProcess: false);
        session.Enter();
        var handoff = new TerminalHandoff(session, new InputReader(_ => { }, readKey: () => throw new InvalidOperationException("no keys")), terminal);

        Assert.Throws<InvalidOperationException>(() => handoff.Run<int>("x", () => throw new InvalidOperationException("ssh is missing")));

        Assert.True(session.IsActive);
    }

    [Fact]
    public void The_loop_paints_nothing_while_the_terminal_is_lent_then_repaints_everything()
    {
        var terminal = new FakeTerminal();
        var handler = new CountingHandler();
        var time = new ManualTimeProvider();
        using var loop = new EventLoop(terminal, handler, time);
        loop.RunPending();
        var framesBefore = loop.FramesRendered;
        var written = 0;

        loop.Post(new LoopEvent.Handoff(() => written = terminal.OutputText.Length));
        time.Advance(TimeSpan.FromSeconds(1));
        loop.RunPending();

        Assert.Equal(framesBefore + 1, loop.FramesRendered);
        Assert.True(terminal.OutputText.Length > written, "a full frame after the handoff");
    }

    private static void Send(AnonymousPipeServerStream pipe, string text)
    {
        pipe.Write(Encoding.UTF8.GetBytes(text));
        pipe.Flush();
    }

    private static string Take(BlockingCollection<string> keys) =>
        keys.TryTake(out var key, TimeSpan.FromSeconds(5)) ? key : throw new TimeoutException("no key came");

    private sealed class CountingHandler : ILoopHandler
    {
        public LoopOutcome Handle(LoopEvent loopEvent) => LoopOutcome.Unchanged;

        public void Render(Screen screen) => screen.Write(0, 0, "console", default);
    }
}
