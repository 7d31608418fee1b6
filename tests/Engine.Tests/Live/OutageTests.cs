using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Simulator;

namespace GntTui.Engine.Tests.Live;

/// <summary>A link that stops answering is said within seconds, and one that comes back is used again within seconds.</summary>
public sealed class OutageTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    private static (ClusterMonitor Monitor, SimulatedCluster Cluster, SimClock Clock) Demo()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 1, clock);
        var monitor = new ClusterMonitor(new GanetiClient(cluster.OpenShell("master")), "demo", time: clock) { Interval = TimeSpan.FromSeconds(5) };
        return (monitor, cluster, clock);
    }

    // Moves the simulated clock a second at a time, letting the loop run in between, until the condition holds.
    private static async Task<TimeSpan> AdvanceUntil(SimClock clock, Func<bool> done, TimeSpan limit)
    {
        var start = clock.GetUtcNow();
        while (!done())
        {
            Assert.True(clock.GetUtcNow() - start < limit, $"not within {limit.TotalSeconds} s");
            clock.Advance(Step);
            for (var i = 0; i < 10 && !done(); i++)
            {
                await Task.Delay(1);
            }
        }
        return clock.GetUtcNow() - start;
    }

    private static async Task Stop(CancellationTokenSource cts, Task loop)
    {
        await cts.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // A refresh in flight ends with the cancellation.
        }
    }

    [Fact]
    public async Task A_refresh_that_hangs_is_late_ten_seconds_after_the_last_answer()
    {
        var (monitor, cluster, clock) = Demo();
        using var cts = new CancellationTokenSource();
        var first = new TaskCompletionSource<ClusterSnapshot>();
        monitor.SnapshotPublished += s => first.TrySetResult(s);
        var loop = monitor.RunAsync(cts.Token);
        var live = await first.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cluster.Faults.Hang(times: 1);

        Assert.Equal(ConnectionState.Live, live.Connection);
        Assert.NotNull(live.LateAfter);
        Assert.True(live.LateAfter <= live.TakenAt + TimeSpan.FromSeconds(10), $"late only at {live.LateAfter - live.TakenAt}");

        // The next refresh starts 5 s later and hangs (the command's own timeout is 60 s): the snapshot
        // in hand is still "live", but its LateAfter has passed once 10 s went by without an answer.
        await AdvanceUntil(clock, () => clock.GetUtcNow() > live.LateAfter, TimeSpan.FromSeconds(11));
        Assert.Same(live, monitor.Current);

        await Stop(cts, loop);
    }

    [Fact]
    public async Task A_link_that_comes_back_is_used_again_within_ten_seconds()
    {
        var (monitor, cluster, clock) = Demo();
        using var cts = new CancellationTokenSource();
        var published = 0;
        var attempts = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        monitor.SnapshotPublished += s =>
        {
            Interlocked.Increment(ref published);
            attempts.Enqueue(clock.GetUtcNow());
        };
        var down = cluster.Faults.Unreachable("master");
        var loop = monitor.RunAsync(cts.Token);

        // Two minutes down: the retries back off, but never beyond ten seconds apart.
        await AdvanceUntil(clock, () => Volatile.Read(ref published) > 0, TimeSpan.FromSeconds(5));
        await AdvanceUntil(clock, () => clock.GetUtcNow() >= SimClock.DefaultStart + TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3));
        Assert.Equal(ConnectionState.Stale, monitor.Current.Connection);
        var times = attempts.ToArray();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.True(gaps.Count >= 10, $"only {times.Length} attempts in two minutes");
        Assert.All(gaps, g => Assert.True(g <= ClusterMonitor.MaxBackoff && g <= TimeSpan.FromSeconds(10), $"{g.TotalSeconds} s between retries"));

        cluster.Faults.Remove(down);
        var back = await AdvanceUntil(clock, () => monitor.Current.Connection == ConnectionState.Live, TimeSpan.FromSeconds(11));

        Assert.True(back <= ClusterMonitor.MaxBackoff, $"live again after {back.TotalSeconds} s");
        await Stop(cts, loop);
    }

    // The lab (LabConsoleFaultTests): replies black-holed right after a refresh were said only after
    // 11.8 s and a link back after 20 s down was used again only after 11.6 s. Late by eight seconds
    // leaves the header's one-second clock and the capture their margin inside issue 15's ten.
    [Fact]
    public async Task A_refresh_that_hangs_is_late_eight_seconds_after_the_last_answer()
    {
        var (monitor, cluster, clock) = Demo();
        using var cts = new CancellationTokenSource();
        var first = new TaskCompletionSource<ClusterSnapshot>();
        monitor.SnapshotPublished += s => first.TrySetResult(s);
        var loop = monitor.RunAsync(cts.Token);
        var live = await first.Task.WaitAsync(TimeSpan.FromSeconds(30));
        cluster.Faults.Hang(times: 1);

        Assert.True(live.LateAfter <= live.TakenAt + TimeSpan.FromSeconds(8), $"late only at {live.LateAfter - live.TakenAt}");
        await Stop(cts, loop);
    }

    [Fact]
    public async Task A_link_that_comes_back_is_used_again_within_one_refresh_interval()
    {
        var (monitor, cluster, clock) = Demo();
        using var cts = new CancellationTokenSource();
        var published = 0;
        monitor.SnapshotPublished += _ => Interlocked.Increment(ref published);
        var down = cluster.Faults.Unreachable("master");
        var loop = monitor.RunAsync(cts.Token);
        await AdvanceUntil(clock, () => Volatile.Read(ref published) > 0, TimeSpan.FromSeconds(5));
        await AdvanceUntil(clock, () => clock.GetUtcNow() >= SimClock.DefaultStart + TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2));

        cluster.Faults.Remove(down);
        var back = await AdvanceUntil(clock, () => monitor.Current.Connection == ConnectionState.Live, TimeSpan.FromSeconds(11));

        Assert.True(back <= TimeSpan.FromSeconds(5), $"live again after {back.TotalSeconds} s");
        await Stop(cts, loop);
    }

    // Replies black-holed or a link down: each attempt waits out ssh's ConnectTimeout (10 s) before it
    // fails. Waiting the backoff on top of that left the lab's link, back after 20 s, unused for
    // 10.9 s: the next attempt starts one backoff after the last one started, not after it ended.
    [Fact]
    public async Task Attempts_that_time_out_are_retried_at_once_not_after_another_backoff()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 1, clock);
        var monitor = new ClusterMonitor(new GanetiClient(cluster.OpenShell("master"), timeout: TimeSpan.FromSeconds(10)), "demo", time: clock) { Interval = TimeSpan.FromSeconds(5) };
        using var cts = new CancellationTokenSource();
        var stale = new System.Collections.Concurrent.ConcurrentQueue<DateTimeOffset>();
        var published = 0;
        monitor.SnapshotPublished += s =>
        {
            Interlocked.Increment(ref published);
            if (s.Connection == ConnectionState.Stale)
            {
                stale.Enqueue(clock.GetUtcNow());
            }
        };
        var loop = monitor.RunAsync(cts.Token);
        await AdvanceUntil(clock, () => Volatile.Read(ref published) > 0, TimeSpan.FromSeconds(5));
        var hang = cluster.Faults.Hang(times: -1);
        await AdvanceUntil(clock, () => stale.Count >= 4, TimeSpan.FromMinutes(2));

        var times = stale.ToArray();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, g => Assert.True(g <= TimeSpan.FromSeconds(11), $"{g.TotalSeconds} s between the ends of two 10 s attempts"));

        cluster.Faults.Remove(hang);
        var back = await AdvanceUntil(clock, () => monitor.Current.Connection == ConnectionState.Live, TimeSpan.FromSeconds(20));
        Assert.True(back <= TimeSpan.FromSeconds(10), $"live again after {back.TotalSeconds} s");
        await Stop(cts, loop);
    }

    // The lab's refresh takes about 2 s on its loaded two cores; twice that as grace had the link
    // cut right after an answer said only after 10.2 s.
    [Fact]
    public async Task A_refresh_that_usually_takes_two_seconds_is_late_within_nine_seconds_of_its_answer()
    {
        var (monitor, cluster, clock) = Demo();
        cluster.Faults.Latency(TimeSpan.FromMilliseconds(700)); // three round trips: about 2.1 s a refresh
        using var cts = new CancellationTokenSource();
        var first = new TaskCompletionSource<ClusterSnapshot>();
        monitor.SnapshotPublished += s => first.TrySetResult(s);
        var loop = monitor.RunAsync(cts.Token);
        var live = await AdvanceThenAwait(clock, first.Task);

        Assert.True(live.LateAfter <= live.TakenAt + TimeSpan.FromSeconds(9), $"late only at {live.LateAfter - live.TakenAt}");
        await Stop(cts, loop);
    }

    private static async Task<T> AdvanceThenAwait<T>(SimClock clock, Task<T> task)
    {
        await AdvanceUntil(clock, () => task.IsCompleted, TimeSpan.FromSeconds(30));
        return await task;
    }
}
