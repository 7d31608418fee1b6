
namespace GntTui.Simulator.Tests;

public class SimClockTests
{
    [Fact]
    public void Waiters_fire_in_due_order_each_seeing_its_own_time()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var seen = new List<(int, DateTimeOffset)>();
        var inline = TaskContinuationOptions.ExecuteSynchronously;
        _ = clock.WaitAsync(TimeSpan.FromSeconds(3), default).ContinueWith(_ => seen.Add((3, clock.GetUtcNow())), CancellationToken.None, inline, TaskScheduler.Default);
        _ = clock.WaitAsync(TimeSpan.FromSeconds(1), default).ContinueWith(_ => seen.Add((1, clock.GetUtcNow())), CancellationToken.None, inline, TaskScheduler.Default);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal([1, 3], seen.Select(s => s.Item1));
        Assert.Equal([SimClock.DefaultStart + TimeSpan.FromSeconds(1), SimClock.DefaultStart + TimeSpan.FromSeconds(3)], seen.Select(s => s.Item2));
        Assert.Equal(SimClock.DefaultStart + TimeSpan.FromSeconds(10), clock.GetUtcNow());
    }

    [Fact]
    public async Task An_async_loop_moves_in_lockstep_with_the_clock()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var ticks = new List<DateTimeOffset>();
        async Task Loop()
        {
            for (var i = 0; i < 5; i++)
            {
                await clock.WaitAsync(TimeSpan.FromSeconds(2), default).ConfigureAwait(false);
                ticks.Add(clock.GetUtcNow());
            }
        }
        var loop = Loop();
        clock.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(3, ticks.Count);
        Assert.Equal(SimClock.DefaultStart + TimeSpan.FromSeconds(6), ticks[^1]);
        clock.Advance(TimeSpan.FromSeconds(10));
        await loop;
        Assert.Equal(5, ticks.Count);
    }

    [Fact]
    public async Task Timers_and_TimeProvider_delays_run_on_it()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var delay = Task.Delay(TimeSpan.FromSeconds(5), clock);
        clock.Advance(TimeSpan.FromSeconds(5));
        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(5, fired);
        using var cts = new CancellationTokenSource();
        var cancelled = clock.WaitAsync(TimeSpan.FromHours(1), cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, clock.PendingWaiters);
    }
}
