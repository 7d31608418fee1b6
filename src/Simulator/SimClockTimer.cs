namespace GntTui.Simulator;

/// <summary>An <see cref="ITimer"/> on a <see cref="SimClock"/>, so code written against TimeProvider runs in simulated time.</summary>
internal sealed class SimClockTimer : ITimer
{
    private readonly SimClock _clock;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private readonly object _gate = new();
    private SimClockWaiter? _waiter;
    private TimeSpan _period;
    private bool _disposed;

    public SimClockTimer(SimClock clock, TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _clock = clock;
        _callback = callback;
        _state = state;
        Change(dueTime, period);
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return false;
            }
            if (_waiter is not null)
            {
                _clock.Remove(_waiter);
                _waiter = null;
            }
            _period = period;
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                _waiter = _clock.Register(dueTime, OnFire);
            }
            return true;
        }
    }

    private void OnFire()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _waiter = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? _clock.Register(_period, OnFire) : null;
        }
        _callback(_state);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            if (_waiter is not null)
            {
                _clock.Remove(_waiter);
                _waiter = null;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
