namespace GntTui.Simulator;

/// <summary>
/// The simulation's event queue. Everything that happens later (a job step, a resync finishing, a
/// node's devices coming back) is an event at a fixed time; <see cref="RunUntil"/> plays them in
/// time order, so the state at a given moment does not depend on how often anyone looked.
/// </summary>
internal sealed class SimScheduler
{
    private readonly PriorityQueue<Action, (long Ticks, long Sequence)> _queue = new();
    private long _sequence;

    public SimScheduler(DateTimeOffset start)
    {
        Now = start;
    }

    /// <summary>The simulated present: the time of the event being played, or the last time played up to.</summary>
    public DateTimeOffset Now { get; private set; }

    public int Pending => _queue.Count;

    public void At(DateTimeOffset when, Action action)
    {
        if (when < Now)
        {
            when = Now;
        }
        _queue.Enqueue(action, (when.UtcTicks, ++_sequence));
    }

    public void After(TimeSpan delay, Action action) => At(Now + delay, action);

    public void RunUntil(DateTimeOffset target)
    {
        while (_queue.TryPeek(out _, out var key) && key.Ticks <= target.UtcTicks)
        {
            var action = _queue.Dequeue();
            Now = new DateTimeOffset(Math.Max(key.Ticks, Now.UtcTicks), TimeSpan.Zero);
            action();
        }
        if (target > Now)
        {
            Now = target;
        }
    }
}
