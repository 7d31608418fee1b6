namespace GntTui.Views.Terminal;

/// <summary>
/// Reads the terminal's raw bytes with blocking reads and decodes them with an
/// <see cref="InputDecoder"/>. The only timer is a one-shot armed while the decoder holds half a
/// sequence or an open paste, so an idle console sleeps in the kernel. Events are delivered under
/// one lock, from the reading thread or the timer, so they keep their order.
/// </summary>
internal sealed class ByteKeySource : IDisposable
{
    private const int ReadSize = 16 * 1024;

    private readonly Stream _input;
    private readonly Action<KeyEvent> _onKey;
    private readonly TimeProvider _time;
    private readonly InputDecoder _decoder = new();
    private readonly List<KeyEvent> _events = [];
    private readonly Lock _gate = new();
    private readonly ITimer _expiry;
    private long _deadline = long.MaxValue;

    private readonly InputGate? _readable;

    /// <param name="gate">Waits for input before each read, so the reader can be parked; null: plain blocking reads.</param>
    public ByteKeySource(Stream input, Action<KeyEvent> onKey, TimeProvider time, InputGate? gate = null)
    {
        _input = input;
        _readable = gate;
        _onKey = onKey;
        _time = time;
        _expiry = time.CreateTimer(_ => OnExpiry(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Reads until the input ends (then throws <see cref="EndOfStreamException"/>) or <paramref name="stopping"/> says so.</summary>
    public void Run(Func<bool> stopping)
    {
        var buffer = new byte[ReadSize];
        while (!stopping())
        {
            if (_readable is not null && !_readable.WaitReadable())
            {
                continue;
            }

            var read = _input.Read(buffer);
            if (stopping())
            {
                return;
            }

            lock (_gate)
            {
                if (read == 0)
                {
                    _decoder.Expire(_events);
                    Deliver();
                    throw new EndOfStreamException("the terminal's input ended");
                }

                _decoder.Feed(buffer.AsSpan(0, read), _events);
                Deliver();
                Arm();
            }
        }
    }

    public void Dispose() => _expiry.Dispose();

    private void OnExpiry()
    {
        lock (_gate)
        {
            if (_deadline == long.MaxValue)
            {
                return;
            }

            // A read that came in after the timer fired has already moved the deadline on.
            var now = _time.GetTimestamp();
            if (now < _deadline)
            {
                _expiry.Change(_time.GetElapsedTime(now, _deadline), Timeout.InfiniteTimeSpan);
                return;
            }

            _decoder.Expire(_events);
            Deliver();
            Arm();
        }
    }

    private void Arm()
    {
        if (_decoder.Timeout is not { } timeout)
        {
            _deadline = long.MaxValue;
            _expiry.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        _deadline = _time.GetTimestamp() + (long)(timeout.TotalSeconds * _time.TimestampFrequency);
        _expiry.Change(timeout, Timeout.InfiniteTimeSpan);
    }

    private void Deliver()
    {
        foreach (var key in _events)
        {
            _onKey(key);
        }

        _events.Clear();
    }
}
