using System.Collections.Concurrent;
using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// Sampling 1,000 nodes with bounded remote processes: busy nodes (a resync, a degraded disk, an
/// operation) every second, the rest at the quiet pace, never more than the bound at once, nothing
/// left running after the sampler is disposed. Real time, scaled down (quiet pace 3 s instead of 20).
/// </summary>
public sealed class DrbdRotationTests
{
    private static readonly string Steady = ProcText.Of(ProcText.Connected(0), ProcText.Connected(1, "Secondary", "Primary"));
    private static readonly string Resyncing = ProcText.Of(ProcText.Sync(0, "SyncSource", 500_000, 2_000_000), ProcText.Connected(1));

    private static readonly DrbdSamplerOptions Options = new()
    {
        Interval = TimeSpan.FromSeconds(1),
        Rotation = new DrbdRotationOptions
        {
            QuietInterval = TimeSpan.FromSeconds(3),
            BusyLinger = TimeSpan.FromSeconds(2),
            Tick = TimeSpan.FromMilliseconds(50),
            MaxStreams = 20,
            StreamEveryNodeUpTo = 0,
            MaxOneShots = 16,
        },
    };

    private readonly ProcessCounter _counter = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DateTime>> _seen = new();
    private readonly ConcurrentDictionary<string, string> _text = new();
    private readonly ConcurrentDictionary<string, CountingNodeShell> _shells = new();

    private static string Node(int i) => $"node{i:0000}.example.com";

    private DrbdSampler Sampler(int nodes, int resyncing)
    {
        for (var i = 0; i < nodes; i++)
        {
            var node = Node(i);
            _text[node] = i < resyncing ? Resyncing : Steady;
            _shells[node] = new CountingNodeShell(node, _counter, () => _text[node], TimeSpan.FromMilliseconds(5));
        }
        var sampler = new DrbdSampler(n => _shells[n], Options);
        sampler.SampleReceived += s => _seen.GetOrAdd(s.Node, _ => new ConcurrentQueue<DateTime>()).Enqueue(DateTime.UtcNow);
        return sampler;
    }

    private static TimeSpan LongestGap(IEnumerable<DateTime> times, DateTime end)
    {
        var all = times.Append(end).ToList();
        return all.Zip(all.Skip(1), (a, b) => b - a).DefaultIfEmpty(TimeSpan.Zero).Max();
    }

    [Fact]
    public async Task A_thousand_nodes_are_all_sampled_busy_ones_every_second_within_the_process_bound()
    {
        const int nodes = 1000, resyncing = 30;
        var sampler = Sampler(nodes, resyncing);
        var start = DateTime.UtcNow;
        sampler.SetNodes(Enumerable.Range(0, nodes).Select(Node));

        await Eventually.True(() => _seen.Count == nodes, "a sample from every node", timeoutMs: 30_000);
        var everyNodeAfter = DateTime.UtcNow - start;
        await Task.Delay(TimeSpan.FromSeconds(7));
        var end = DateTime.UtcNow;
        var streamed = sampler.StreamedNodes;
        await sampler.DisposeAsync();

        Assert.True(everyNodeAfter <= Options.Rotation!.QuietInterval + TimeSpan.FromSeconds(1.5), $"every node sampled after {everyNodeAfter}");
        // 20 streams (an ssh client and a ControlMaster each) and 16 one-shots: 56, within 64.
        Assert.InRange(_counter.Peak, 1, (2 * Options.Rotation.MaxStreams) + Options.Rotation.MaxOneShots);
        Assert.Equal(Options.Rotation.MaxStreams, streamed.Count);
        Assert.All(streamed, n => Assert.True(_text[n] == Resyncing, n + " streamed while steady"));
        var warm = start + TimeSpan.FromSeconds(3);
        for (var i = 0; i < nodes; i++)
        {
            var times = _seen[Node(i)].Where(t => t >= warm).ToList();
            var gap = LongestGap(times, end);
            var bound = i < resyncing ? TimeSpan.FromSeconds(2) : Options.Rotation.QuietInterval + TimeSpan.FromSeconds(1.5);
            Assert.True(gap <= bound, $"{Node(i)}: {gap} without a sample (bound {bound})");
        }
        // Nothing left running: no stream, no one-shot.
        Assert.Equal(0, _counter.Running);
        Assert.Equal(nodes - resyncing, _shells.Values.Count(s => s.Streams == 0));
    }

    [Fact]
    public async Task A_node_that_starts_resyncing_gets_a_stream_and_gives_it_up_once_steady()
    {
        var sampler = Sampler(3, 0);
        sampler.SetNodes([Node(0), Node(1), Node(2)]);
        await Eventually.True(() => _seen.Count == 3, "first samples");
        Assert.Empty(sampler.StreamedNodes);

        _text[Node(1)] = Resyncing;
        await Eventually.True(() => sampler.StreamedNodes.SequenceEqual([Node(1)]), "node 1 streamed", timeoutMs: 10_000);
        Assert.Equal(DrbdStreamState.Live, sampler.Status[Node(0)].State);

        _text[Node(1)] = Steady;
        await Eventually.True(() => sampler.StreamedNodes.Count == 0, "the stream given up", timeoutMs: 10_000);
        var before = _shells[Node(1)].OneShots;
        await Eventually.True(() => _shells[Node(1)].OneShots > before, "node 1 back on one-shots", timeoutMs: 10_000);
        await sampler.DisposeAsync();
        Assert.Equal(0, _counter.Running);
    }

    [Fact]
    public async Task An_operation_makes_its_nodes_busy_at_once()
    {
        var sampler = Sampler(4, 0);
        sampler.SetNodes(Enumerable.Range(0, 4).Select(Node));
        await Eventually.True(() => _seen.Count == 4, "first samples");

        sampler.MarkBusy([Node(2), Node(3)]);

        Assert.Equal([Node(2), Node(3)], sampler.StreamedNodes);
        await sampler.DisposeAsync();
        Assert.Equal(0, _counter.Running);
    }

    [Fact]
    public async Task A_small_cluster_streams_every_node_as_without_rotation()
    {
        for (var i = 0; i < 3; i++)
        {
            var node = Node(i);
            _text[node] = Steady;
            _shells[node] = new CountingNodeShell(node, _counter, () => _text[node], TimeSpan.FromMilliseconds(5));
        }
        var sampler = new DrbdSampler(n => _shells[n], Options with { Rotation = Options.Rotation! with { StreamEveryNodeUpTo = 16 } });

        sampler.SetNodes([Node(0), Node(1), Node(2)]);

        Assert.Equal([Node(0), Node(1), Node(2)], sampler.StreamedNodes);
        await Eventually.True(() => _shells.Values.All(s => s.Streams == 1), "a stream per node");
        Assert.All(_shells.Values, s => Assert.Equal(0, s.OneShots));
        await sampler.DisposeAsync();
        Assert.Equal(0, _counter.Running);
    }

    [Fact]
    public async Task Nodes_that_leave_stop_being_sampled_and_lose_their_status()
    {
        var sampler = Sampler(3, 1);
        sampler.SetNodes([Node(0), Node(1), Node(2)]);
        await Eventually.True(() => _seen.Count == 3 && sampler.StreamedNodes.Count == 1, "first samples");

        sampler.SetNodes([Node(1)]);

        Assert.Equal([Node(1)], sampler.Nodes);
        Assert.Empty(sampler.StreamedNodes);
        Assert.Equal([Node(1)], sampler.Status.Keys);
        await Eventually.True(() => _counter.Running == 0 || sampler.Status.Count == 1, "node 0's stream stopped");
        await sampler.DisposeAsync();
        Assert.Equal(0, _counter.Running);
    }
}
