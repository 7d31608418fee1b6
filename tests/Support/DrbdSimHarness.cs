using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Simulator;

namespace GntTui.Tests.Support;

/// <summary>
/// The console's DRBD pipeline (a real <see cref="DrbdSampler"/> streaming from the simulator's node
/// shells, a <see cref="DrbdMonitor"/> fed by it and by the master's list-drbd) on a manual clock.
/// Snapshots are built with <see cref="DrbdMonitor.Rebuild"/> after each step rather than by
/// RunAsync's timers, so what a test sees at simulated second N does not depend on thread timing.
/// </summary>
internal sealed class DrbdSimHarness : IAsyncDisposable
{
    private readonly ClusterMonitor _cluster;

    private DrbdSimHarness(SimulatedCluster cluster, SimClock clock, DrbdMonitorOptions? options)
    {
        Cluster = cluster;
        Clock = clock;
        Master = new GanetiClient(cluster.OpenShell());
        _cluster = new ClusterMonitor(Master, cluster.Name, time: clock);
        Sampler = new DrbdSampler(n => cluster.OpenShell(n), time: clock);
        Monitor = new DrbdMonitor(cluster.Name, Master, Sampler, options: options, time: clock);
        Monitor.EventRaised += Events.Add;
    }

    public SimulatedCluster Cluster { get; }
    public SimClock Clock { get; }
    public GanetiClient Master { get; }
    public DrbdSampler Sampler { get; }
    public DrbdMonitor Monitor { get; }
    public List<DrbdMonitorEvent> Events { get; } = [];
    public DrbdSnapshot Current => Monitor.Current;
    public DateTimeOffset Now => Clock.GetUtcNow();

    public static async Task<DrbdSimHarness> StartAsync(SimulatedCluster cluster, SimClock clock, DrbdMonitorOptions? options = null)
    {
        var h = new DrbdSimHarness(cluster, clock, options);
        await h.RefreshClusterAsync();
        h.Monitor.Rebuild();
        return h;
    }

    /// <summary>Gnt-* listing on the master, then the monitor's placement update (starts/stops streams, list-drbd).</summary>
    public async Task RefreshClusterAsync()
    {
        var snapshot = await _cluster.RefreshAsync(default);
        if (snapshot.Error is { } error)
        {
            throw new InvalidOperationException($"cluster refresh failed: {error}");
        }
        await Monitor.UpdateClusterAsync(snapshot, default);
        await ParkedAsync();
    }

    /// <summary>One sampling interval on: every live stream delivers the capture of the new second; then a snapshot.</summary>
    public async Task<DrbdSnapshot> StepAsync(bool refreshCluster = true)
    {
        Clock.Advance(Sampler.Options.Interval);
        await ParkedAsync();
        if (refreshCluster)
        {
            await RefreshClusterAsync();
        }
        return Monitor.Rebuild();
    }

    /// <summary>Submits through the Engine's client, as the console does.</summary>
    public Task<long> SubmitAsync(GanetiOperation op) => Master.SubmitAsync(op, default);

    /// <summary>Steps until the simulator says the job ended.</summary>
    public async Task WaitForJobAsync(long id, int maxSeconds = 600)
    {
        for (var i = 0; i < maxSeconds; i++)
        {
            Cluster.Synchronize();
            if (Cluster.FindJob(id)!.IsFinished)
            {
                var status = Cluster.FindJob(id)!.Status;
                if (status != JobStatus.Success)
                {
                    throw new InvalidOperationException($"job {id} ended {status}");
                }
                return;
            }
            await StepAsync();
        }
        throw new TimeoutException($"job {id} did not end in {maxSeconds} s");
    }

    public ValueTask DisposeAsync()
    {
        Monitor.Dispose();
        return Sampler.DisposeAsync();
    }

    /// <summary>
    /// Streams start on the thread pool; a clock step taken before a stream has parked in its
    /// sleep would shift that stream's seconds. Wait until every live stream has sampled the
    /// present and sits on the clock again.
    /// </summary>
    private async Task ParkedAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var now = Now;
            var status = Sampler.Status;
            var nodes = Sampler.Nodes;
            var live = nodes.Count(n => status.TryGetValue(n, out var s) && s.State == DrbdStreamState.Live && s.LastSampleAt == now);
            var retrying = nodes.Count(n => status.TryGetValue(n, out var s) && s.State == DrbdStreamState.Retrying);
            // A live stream waits on two clock entries (its sleep, its silence timer), a retrying one on its backoff.
            if (live + retrying == nodes.Count && Clock.PendingWaiters >= (2 * live) + retrying)
            {
                return;
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"streams did not settle at {now:HH:mm:ss}: {string.Join(", ", status.Values.Select(s => $"{s.Node} {s.State} {s.LastSampleAt:HH:mm:ss}"))}; waiters {Clock.PendingWaiters}");
            }
            await Task.Delay(1);
        }
    }
}
