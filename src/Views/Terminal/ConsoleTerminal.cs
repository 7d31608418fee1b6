using System.Runtime.InteropServices;
using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>
/// The process's real terminal. Output goes straight to the stdout stream (not Console.Out, whose
/// autoflush would turn one frame into many writes). Resizes come from SIGWINCH where the platform
/// has it, otherwise from polling the window size no faster than every 250 ms.
/// </summary>
public sealed class ConsoleTerminal : ITerminal, IDisposable
{
    public static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(250);

    // .NET refreshes its cached window size on the same signal; a late second look catches the
    // case where our handler ran first and still saw the old size.
    private static readonly TimeSpan RecheckDelay = TimeSpan.FromMilliseconds(50);

    private readonly Lock _gate = new();
    private readonly Stream _stdout;
    private readonly TimeProvider _time;
    private readonly PosixSignalRegistration? _winch;
    private readonly ITimer? _poll;
    private ITimer? _recheck;
    private TerminalSize _size;
    private bool _disposed;

    public ConsoleTerminal(TimeProvider? time = null, TimeSpan? pollInterval = null)
    {
        _time = time ?? TimeProvider.System;
        _stdout = Console.OpenStandardOutput();
        _size = ReadSize();
        if (!OperatingSystem.IsWindows())
        {
            _winch = PosixSignalRegistration.Create(PosixSignal.SIGWINCH, OnWinch);
        }
        else
        {
            var period = pollInterval is { } p && p > MinPollInterval ? p : MinPollInterval;
            _poll = _time.CreateTimer(_ => CheckSize(), null, period, period);
        }
    }

    public event EventHandler<TerminalSize>? SizeChanged;

    public TerminalSize Size
    {
        get
        {
            lock (_gate)
            {
                return _size;
            }
        }
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _stdout.Write(bytes);
            }
        }
    }

    public void Write(string text) => Write(Encoding.UTF8.GetBytes(text));

    public void Flush()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _stdout.Flush();
            }
        }
    }

    public void SetRawInput(bool enabled)
    {
        if (Console.IsInputRedirected)
        {
            return;
        }

        try
        {
            Console.TreatControlCAsInput = enabled;
        }
        catch (IOException)
        {
            // No controlling terminal (e.g. under a test runner): nothing to switch.
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        _winch?.Dispose();
        _poll?.Dispose();
        _recheck?.Dispose();
        _stdout.Flush();
    }

    private static TerminalSize ReadSize()
    {
        try
        {
            var width = Console.WindowWidth;
            var height = Console.WindowHeight;
            return width > 0 && height > 0 ? new TerminalSize(width, height) : TerminalSize.Fallback;
        }
        catch (IOException)
        {
            return TerminalSize.Fallback;
        }
        catch (PlatformNotSupportedException)
        {
            return TerminalSize.Fallback;
        }
    }

    private void OnWinch(PosixSignalContext context)
    {
        if (!CheckSize())
        {
            var recheck = _time.CreateTimer(_ => CheckSize(), null, RecheckDelay, Timeout.InfiniteTimeSpan);
            Interlocked.Exchange(ref _recheck, recheck)?.Dispose();
        }
    }

    private bool CheckSize()
    {
        var size = ReadSize();
        lock (_gate)
        {
            if (_disposed || size == _size)
            {
                return false;
            }

            _size = size;
        }

        SizeChanged?.Invoke(this, size);
        return true;
    }
}
