using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;

namespace GntTui.Views.Tests.Terminal;

public sealed class TerminalSessionTests
{
    [Theory]
    [InlineData(System.Runtime.InteropServices.PosixSignal.SIGINT, 130)]
    [InlineData(System.Runtime.InteropServices.PosixSignal.SIGTERM, 143)]
    [InlineData(System.Runtime.InteropServices.PosixSignal.SIGHUP, 129)]
    [InlineData(System.Runtime.InteropServices.PosixSignal.SIGQUIT, 131)]
    public void A_signal_ends_the_process_with_128_plus_its_number(System.Runtime.InteropServices.PosixSignal signal, int expected)
    {
        Assert.Equal(expected, TerminalSession.ExitCodeFor(signal));
    }

    [Fact]
    public void A_session_no_signal_ended_exits_zero()
    {
        using var session = new TerminalSession(new FakeTerminal(), hookProcess: false);
        session.Enter();
        session.Restore();

        Assert.Null(session.EndedBy);
        Assert.Equal(0, session.ExitCode);
    }

    [Fact]
    public void Enters_the_alternate_screen_once()
    {
        var terminal = new FakeTerminal();
        using var session = new TerminalSession(terminal, hookProcess: false);
        session.Enter();
        session.Enter();

        Assert.Equal(TerminalSession.EnterSequence, terminal.OutputText);
        Assert.True(terminal.RawInput);
        Assert.True(session.IsActive);
    }

    [Fact]
    public void Restore_is_idempotent_and_turns_off_application_keypad_mode()
    {
        var terminal = new FakeTerminal();
        var session = new TerminalSession(terminal, hookProcess: false);
        session.Enter();
        terminal.ClearOutput();

        session.Restore();
        session.Restore();
        session.Dispose();

        Assert.Equal(TerminalSession.RestoreSequence, terminal.OutputText);
        Assert.EndsWith("\e[?1l\e>", terminal.OutputText, StringComparison.Ordinal);
        Assert.Contains("\e[?1049l", terminal.OutputText, StringComparison.Ordinal);
        Assert.Contains("\e[?25h", terminal.OutputText, StringComparison.Ordinal);
        Assert.False(terminal.RawInput);
    }

    [Fact]
    public void Bracketed_paste_is_on_while_entered_and_off_after_restore()
    {
        var terminal = new FakeTerminal();
        using var session = new TerminalSession(terminal, hookProcess: false);
        session.Enter();
        Assert.Contains("\e[?2004h", terminal.OutputText, StringComparison.Ordinal);
        terminal.ClearOutput();

        session.Restore();
        Assert.Contains("\e[?2004l", terminal.OutputText, StringComparison.Ordinal);
        Assert.DoesNotContain("\e[?2004h", terminal.OutputText, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_from_many_threads_writes_once()
    {
        var terminal = new FakeTerminal();
        using var session = new TerminalSession(terminal, hookProcess: false);
        session.Enter();
        terminal.ClearOutput();

        Parallel.For(0, 16, _ => session.Restore());

        Assert.Equal(1, terminal.WriteCount);
    }

    [Fact]
    public void Can_enter_again_after_a_restore()
    {
        // Handing the terminal to an external program (a console, a pager) and taking it back.
        var terminal = new FakeTerminal();
        using var session = new TerminalSession(terminal, hookProcess: false);
        session.Enter();
        session.Restore();
        session.Enter();

        Assert.Equal(TerminalSession.EnterSequence + TerminalSession.RestoreSequence + TerminalSession.EnterSequence, terminal.OutputText);
    }

    [Fact]
    public void Hooked_session_unhooks_on_dispose()
    {
        var terminal = new FakeTerminal();
        var session = new TerminalSession(terminal, hookProcess: true);
        session.Enter();
        session.Dispose();
        terminal.ClearOutput();
        session.Restore();

        Assert.Empty(terminal.OutputBytes());
    }
}
