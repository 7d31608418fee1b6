using System.Runtime.InteropServices;

namespace GntTui.Views.Terminal;

/// <summary>
/// Lets the input thread wait for the terminal without reading it, so it can be parked while
/// another program owns the terminal (an instance's console): a read already blocked on stdin
/// would take that program's first keys. poll() with a timeout keeps the thread asleep in the
/// kernel between presses; the timeout only bounds how long a pause waits for the thread.
/// </summary>
internal sealed class InputGate : IDisposable
{
    private const short PollIn = 0x1;
    private const short PollErr = 0x8;
    private const short PollHup = 0x10;
    private const short PollNval = 0x20;
    private static readonly TimeSpan ParkTimeout = TimeSpan.FromSeconds(2);

    private readonly int _fd;
    private readonly int _pollMilliseconds;
    private readonly ManualResetEventSlim _resumed = new(initialState: true);
    private readonly ManualResetEventSlim _parked = new(initialState: false);
    private volatile bool _pauseWanted;

    /// <param name="fd">The descriptor the reader reads (0: the terminal; a pipe's in tests).</param>
    public InputGate(int fd, TimeSpan? pollInterval = null)
    {
        _fd = fd;
        _pollMilliseconds = (int)(pollInterval ?? TimeSpan.FromMilliseconds(200)).TotalMilliseconds;
    }

    public bool IsPaused => _pauseWanted;

    /// <summary>Asks the reader to stop reading and waits until it has (true), or gives up after two seconds (false: it is not running).</summary>
    public bool Pause()
    {
        _resumed.Reset();
        _pauseWanted = true;
        return _parked.Wait(ParkTimeout);
    }

    public void Resume()
    {
        _pauseWanted = false;
        _parked.Reset();
        _resumed.Set();
    }

    /// <summary>
    /// Reader thread: true when a read will not block (input, end of input or an error to report: a
    /// closed descriptor must reach the read, or poll would answer at once forever),
    /// false after a timeout or a pause (ask again).
    /// </summary>
    public bool WaitReadable()
    {
        if (_pauseWanted)
        {
            _parked.Set();
            _resumed.Wait();
            return false;
        }

        var fds = new[] { new PollFd { Fd = _fd, Events = PollIn } };
        var ready = Poll(fds, 1, _pollMilliseconds);
        if (ready < 0)
        {
            // EINTR (a signal such as SIGWINCH) or a bad descriptor: the read says which.
            return Marshal.GetLastPInvokeError() != 4;
        }

        return ready > 0 && (fds[0].Revents & (PollIn | PollErr | PollHup | PollNval)) != 0 && !_pauseWanted;
    }

    public void Dispose()
    {
        _resumed.Dispose();
        _parked.Dispose();
    }

    // DllImport, not LibraryImport: the generated marshaller needs unsafe code, and a blittable array pins as it is.
    [DllImport("libc", EntryPoint = "poll", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Poll([In, Out] PollFd[] fds, nuint count, int timeout);

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }
}
