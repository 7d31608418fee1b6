using System.Runtime.InteropServices;

namespace GntTui.Views.Terminal;

/// <summary>
/// Owns the terminal's modes for the life of the console: enters the alternate screen once and
/// guarantees the terminal is given back usable however the process ends — normal exit, an
/// exception on any thread, SIGINT, SIGTERM or SIGHUP. An on-call engineer whose shell is left
/// without a cursor, or in application keypad mode, has one more problem at 3 am.
/// </summary>
public sealed class TerminalSession : IDisposable
{
    /// <summary>
    /// Alternate screen, hidden cursor, bracketed paste (a paste arrives framed by ESC[200~ and
    /// ESC[201~, so it is read as text, never as keys), clean slate.
    /// </summary>
    public const string EnterSequence = "\e[?1049h\e[?25l\e[?2004h\e[0m\e[2J";

    /// <summary>
    /// Reset SGR, show the cursor, leave the alternate screen, stop bracketing pastes (a shell that
    /// does not expect them would see the markers), and turn off application cursor and keypad
    /// modes, which .NET's console switches on and leaves on.
    /// </summary>
    public const string RestoreSequence = "\e[0m\e[?25h\e[?1049l\e[?2004l\e[?1l\e>";

    private static readonly PosixSignal[] HandledSignals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP];

    private readonly ITerminal _terminal;
    private readonly Lock _gate = new();
    private readonly List<PosixSignalRegistration> _signals = [];
    private readonly bool _hooked;
    private bool _active;
    private bool _disposed;

    /// <param name="terminal">Where the mode sequences go.</param>
    /// <param name="hookProcess">
    /// Restore on process exit, unhandled exceptions and signals. Off in tests, which must not take
    /// over the test host's signals.
    /// </param>
    public TerminalSession(ITerminal terminal, bool hookProcess = true)
    {
        _terminal = terminal;
        _hooked = hookProcess;
        if (!hookProcess)
        {
            return;
        }

        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        foreach (var signal in HandledSignals)
        {
            try
            {
                _signals.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // Windows has no SIGHUP; ProcessExit still covers a closing console there.
            }
        }
    }

    /// <summary>
    /// Raised after the terminal was restored because a signal arrived. The default action
    /// (terminating) follows unless a handler sets <see cref="PosixSignalContext.Cancel"/>, e.g. to
    /// shut down gracefully.
    /// </summary>
    public event Action<PosixSignalContext>? SignalReceived;

    /// <summary>The first signal that ended the session, or null when it ended otherwise.</summary>
    public PosixSignal? EndedBy { get; private set; }

    /// <summary>
    /// What the process should exit with: 0, or 128 + the signal's number as a shell reports a
    /// process a signal ended (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP), so a script or
    /// supervisor can tell an interrupted console from one that was quit.
    /// </summary>
    public int ExitCode => EndedBy is { } signal ? ExitCodeFor(signal) : 0;

    public static int ExitCodeFor(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 128 + 1,
        PosixSignal.SIGINT => 128 + 2,
        PosixSignal.SIGQUIT => 128 + 3,
        PosixSignal.SIGTERM => 128 + 15,
        // .NET names the rest by their raw (positive) number.
        _ => (int)signal > 0 ? 128 + (int)signal : 1,
    };

    public bool IsActive
    {
        get
        {
            lock (_gate)
            {
                return _active;
            }
        }
    }

    /// <summary>Switches to the console's modes. Entering twice is a no-op; after a restore it re-enters.</summary>
    public void Enter()
    {
        lock (_gate)
        {
            if (_active || _disposed)
            {
                return;
            }

            _active = true;
        }

        _terminal.SetRawInput(true);
        _terminal.Write(EnterSequence);
        _terminal.Flush();
    }

    /// <summary>Gives the terminal back. Safe to call any number of times from any thread.</summary>
    public void Restore()
    {
        lock (_gate)
        {
            if (!_active)
            {
                return;
            }

            _active = false;
        }

        try
        {
            _terminal.Write(RestoreSequence);
            _terminal.Flush();
            _terminal.SetRawInput(false);
        }
        catch (IOException)
        {
            // The terminal is gone (SIGHUP after the SSH session died): nothing left to restore.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        Restore();
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        if (_hooked)
        {
            AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        }

        foreach (var registration in _signals)
        {
            registration.Dispose();
        }

        _signals.Clear();
    }

    private void OnUnhandledException(object? sender, UnhandledExceptionEventArgs e) => Restore();

    private void OnProcessExit(object? sender, EventArgs e) => Restore();

    private void OnSignal(PosixSignalContext context)
    {
        lock (_gate)
        {
            EndedBy ??= context.Signal;
        }

        Restore();
        SignalReceived?.Invoke(context);
    }
}
