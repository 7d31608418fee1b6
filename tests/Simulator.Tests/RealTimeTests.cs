using System.Diagnostics;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>The demo runs on the system clock; its shells are used from many threads at once.</summary>
public class RealTimeTests
{
    [Fact]
    public async Task On_the_system_clock_streams_and_jobs_advance_by_themselves()
    {
        var c = DemoClusterFactory.Create(DemoSize.Small, 3);
        // Three samples, however long a loaded machine takes (up to 20 s), then the stream is stopped.
        var ends = new List<TimeSpan>();
        var since = Stopwatch.StartNew();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var stream = c.OpenShell("node1.example.com").StreamAsync(DrbdQueries.SampleStream(TimeSpan.FromMilliseconds(200)), l =>
        {
            if (l == DrbdQueries.SampleEndMarker)
            {
                lock (ends)
                {
                    ends.Add(since.Elapsed);
                    if (ends.Count == 3)
                    {
                        _ = cts.CancelAsync();
                    }
                }
            }
            return ValueTask.CompletedTask;
        }, cts.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream);
        lock (ends)
        {
            Assert.True(ends.Count >= 3, $"{ends.Count} samples in 20 s");
            // One sample per 200 ms: the stream waits on the clock between samples, it does not spin
            // (a loaded machine only makes the gap longer).
            Assert.True(ends[2] - ends[0] >= TimeSpan.FromMilliseconds(300), $"three samples within {(ends[2] - ends[0]).TotalMilliseconds} ms");
        }
        var r = c.Execute("master", new InstanceReboot("inst3.example.com").BuildArgv());
        var id = GntTui.Engine.Ganeti.Parsing.SubmitOutputParser.Parse(r.Stdout, r.Stderr).SingleJobId!.Value;
        var watch = await c.OpenShell().RunAsync(GanetiQueries.JobWatch(id), TimeSpan.FromSeconds(20), default);
        Assert.Equal(0, watch.ExitCode);
        Assert.Equal(JobStatus.Success, c.FindJob(id)!.Status);
    }

    [Fact]
    public async Task Shells_are_safe_to_use_from_many_threads()
    {
        var c = DemoClusterFactory.Create(DemoSize.Medium, 4);
        var client = new GanetiClient(c.OpenShell());
        var instances = c.Instances.Where(i => DiskTemplates.IsMirrored(i.DiskTemplate)).Take(40).Select(i => i.Name).ToList();
        var failures = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            try
            {
                switch (i % 4)
                {
                    case 0:
                        Assert.Empty((await client.FetchAsync(ct)).Problems);
                        break;
                    case 1:
                        await client.SubmitAsync(new InstanceMigrate(instances[i % instances.Count]), ct);
                        break;
                    case 2:
                        var node = $"node{(i % 40) + 1}.example.com";
                        ProcDrbdParser.Parse((await c.OpenShell(node).RunAsync(["cat", "/proc/drbd"], TimeSpan.FromSeconds(5), ct)).Stdout, node, DateTimeOffset.UtcNow);
                        break;
                    default:
                        await client.ListJobsAsync(ct);
                        break;
                }
            }
            catch (Exception)
            {
                Interlocked.Increment(ref failures);
                throw;
            }
        });
        Assert.Equal(0, failures);
        Assert.Equal(50, c.Jobs.Count);
    }

    [Fact]
    public async Task The_demo_activity_gives_every_view_something_to_show()
    {
        var (c, clock) = TestClusters.Demo();
        DemoActivity.Start(c);
        clock.Advance(TimeSpan.FromSeconds(30));
        var data = await new GanetiClient(c.OpenShell()).FetchAsync(default);
        Assert.Contains(data.Jobs, j => j.Status == JobStatus.Error);
        Assert.Contains(data.Jobs, j => j.Status is JobStatus.Running or JobStatus.Waiting);
        var resyncing = c.Nodes.Any(n => c.ProcDrbd(n.Name).Contains("sync'ed:", StringComparison.Ordinal));
        Assert.True(resyncing);
    }

    [Fact]
    public async Task The_Engines_DRBD_sampler_streams_every_node_of_the_demo()
    {
        var c = DemoClusterFactory.Create(DemoSize.Small, 5);
        var samples = new System.Collections.Concurrent.ConcurrentQueue<DrbdSample>();
        await using (var sampler = new DrbdSampler(node => c.OpenShell(node), new DrbdSamplerOptions { Interval = TimeSpan.FromMilliseconds(200) }))
        {
            sampler.SampleReceived += samples.Enqueue;
            sampler.SetNodes(c.Nodes.Select(n => n.Name));
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
            while (DateTime.UtcNow < deadline && samples.Select(s => s.Node).Distinct().Count() < 4)
            {
                await Task.Delay(50);
            }
        }
        Assert.Equal(4, samples.Select(s => s.Node).Distinct().Count());
        Assert.All(samples, s => Assert.Empty(s.AllNotes()));
        Assert.Contains(samples, s => s.Devices.Any(d => d.Connection == DrbdConnectionState.Connected));
    }
}
