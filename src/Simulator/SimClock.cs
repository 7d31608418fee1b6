namespace GntTui.Simulator;

/// <summary>
/// A manual clock for tests: time stands still until <see cref="Advance"/> is called. Waiters due
/// within the advanced span are released one by one in due order, with the clock set to each
/// waiter's due time, so a stream that samples every second sees exactly 1 s steps however far
/// the test jumps. Continuations of <see cref="WaitAsync"/> run inline on the advancing thread
/// (when the awaiting code used ConfigureAwait(false)), which keeps simulated streams in lockstep.
/// </summary>
public sealed class SimClock : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<SimClockWaiter> _waiters = [];
    private DateTimeOffset _now;
    private long _sequence;

    public SimClock(DateTimeOffset start)
    {
        _now = start.ToUniversalTime();
    }

    /// <summary>2026-11-21 13:00 UTC: the lab captures' day, so outputs look alike.</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 11, 21, 13, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>How many waiters (delays, timers) are pending; tests use it to know a stream is parked.</summary>
    public int PendingWaiters
    {
        get
        {
            lock (_gate)
            {
                return _waiters.Count;
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        AdvanceTo(GetUtcNow() + by);
    }

    public void AdvanceTo(DateTimeOffset target)
    {
        while (true)
        {
            SimClockWaiter? next;
            lock (_gate)
            {
                next = null;
                foreach (var w in _waiters)
                {
                    if (w.Due <= target && (next is null || w.Due < next.Due || (w.Due == next.Due && w.Sequence < next.Sequence)))
                    {
                        next = w;
                    }
                }
                if (next is null)
                {
                    if (target > _now)
                    {
                        _now = target;
                    }
                    return;
                }
                _waiters.Remove(next);
                if (next.Due > _now)
                {
                    _now = next.Due;
                }
            }
            // Outside the lock: the callback may register the next waiter. Without a synchronization
            // context here (a test framework's, say) .NET would queue the waiter's continuation
            // instead of running it inline, and a stream would fall behind the clock.
            var context = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                next.Fire();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(context);
            }
        }
    }

    /// <summary>A delay measured on this clock; completes inline when <see cref="Advance"/> passes it.</summary>
    public Task WaitAsync(TimeSpan delay, CancellationToken ct)
    {
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled(ct);
        }
        var tcs = new TaskCompletionSource();
        var waiter = Register(delay, () => tcs.TrySetResult());
        if (ct.CanBeCanceled)
        {
            var registration = ct.Register(() =>
            {
                Remove(waiter);
                tcs.TrySetCanceled(ct);
            });
            tcs.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        return tcs.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        new SimClockTimer(this, callback, state, dueTime, period);

    internal SimClockWaiter Register(TimeSpan delay, Action fire)
    {
        lock (_gate)
        {
            var due = _now + (delay < TimeSpan.Zero ? TimeSpan.Zero : delay);
            var waiter = new SimClockWaiter(due, ++_sequence, fire);
            _waiters.Add(waiter);
            return waiter;
        }
    }

    internal void Remove(SimClockWaiter waiter)
    {
        lock (_gate)
        {
            _waiters.Remove(waiter);
        }
    }
}
