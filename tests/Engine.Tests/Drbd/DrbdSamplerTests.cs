using System.Collections.Concurrent;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Drbd;

public sealed class DrbdSamplerTests
{
    private const string N1 = "node1.example.com";
    private const string N2 = "node2.example.com";
    private const string N3 = "node3.example.com";

    private readonly ManualClock _clock = new(Fixture.Time);
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private readonly ConcurrentQueue<DrbdSample> _samples = new();

    private DrbdSamplerOptions Recorded(DrbdSamplerOptions? options = null) => (options ?? new DrbdSamplerOptions()) with
    {
        Delay = (wait, _) =>
        {
            _delays.Enqueue(wait);
            return Task.CompletedTask;
        },
    };

    private DrbdSampler Sampler(IReadOnlyDictionary<string, FakeStreamShell> shells, DrbdSamplerOptions? options = null)
    {
        var sampler = new DrbdSampler(n => shells[n], Recorded(options), _clock);
        sampler.SampleReceived += _samples.Enqueue;
        return sampler;
    }

    private static string[] Captures(int count) =>
        Enumerable.Range(0, count).Select(k => ProcText.Of(ProcText.Connected(0), ProcText.Sync(1, "SyncSource", 1_000_000 - k * 1000, 2_000_000))).ToArray();

    [Fact]
    public async Task Many_samples_ride_one_stream_per_node()
    {
        var shells = new Dictionary<string, FakeStreamShell> { [N1] = new FakeStreamShell(N1).ThenCaptures(Captures(200)), [N2] = new FakeStreamShell(N2).ThenCaptures(Captures(200)) };
        await using var sampler = Sampler(shells);

        sampler.SetNodes([N1, N2]);
        await Eventually.True(() => _samples.Count == 400, "400 samples");

        Assert.Equal(1, sampler.StreamStarts(N1));
        Assert.Equal(1, sampler.StreamStarts(N2));
        Assert.Equal(2, sampler.TotalStreamStarts);
        Assert.Equal(1, shells[N1].Starts);
        Assert.Equal(DrbdQueries.SampleStream(TimeSpan.FromSeconds(1)), Assert.Single(shells[N1].Argv));
        Assert.Empty(_delays);
        Assert.All(_samples, s => Assert.Equal((Fixture.Time, 2), (s.Time, s.Devices.Count)));
        Assert.All(_samples, s => Assert.Empty(s.AllNotes()));
        var status = sampler.Status[N1];
        Assert.Equal((DrbdStreamState.Live, 1, 200L, (string?)null), (status.State, status.StreamStarts, status.Samples, status.LastError));
    }

    [Fact]
    public async Task Failures_back_off_doubling_and_a_good_sample_resets_the_backoff()
    {
        var shell = new FakeStreamShell(N1)
            .ThenThrow()
            .ThenThrow(RemoteFailure.HostUnreachable)
            .ThenLines([], exitCode: 255)
            .ThenCaptures(Captures(1), exitCode: 255)
            .ThenThrow()
            .ThenCaptures(Captures(1));
        var statuses = new ConcurrentQueue<DrbdNodeStatus>();
        await using var sampler = Sampler(new Dictionary<string, FakeStreamShell> { [N1] = shell });
        sampler.StatusChanged += statuses.Enqueue;

        sampler.SetNodes([N1]);
        await Eventually.True(() => _samples.Count == 2, "two samples");

        Assert.Equal([1, 2, 4, 1, 2], _delays.Select(d => d.TotalSeconds));
        Assert.Equal(6, sampler.StreamStarts(N1));
        Assert.Equal(6, shell.Starts);
        Assert.Equal(DrbdStreamState.Live, sampler.Status[N1].State);
        var retries = statuses.Where(s => s.State == DrbdStreamState.Retrying).ToList();
        Assert.Equal(5, retries.Count);
        Assert.Contains("Connection refused", retries[0].LastError, StringComparison.Ordinal);
        Assert.Equal("stream ended (exit 255)", retries[2].LastError);
        Assert.Contains("closed by remote host", retries[3].LastError, StringComparison.Ordinal);
        Assert.Equal(Fixture.Time.AddSeconds(1), retries[0].RetryAt);
    }

    [Fact]
    public async Task Backoff_stops_growing_at_the_maximum()
    {
        var shell = new FakeStreamShell(N1);
        for (var k = 0; k < 8; k++)
        {
            shell.ThenThrow();
        }
        await using var sampler = Sampler(new Dictionary<string, FakeStreamShell> { [N1] = shell.ThenCaptures(Captures(1)) });

        sampler.SetNodes([N1]);
        await Eventually.True(() => _samples.Count == 1, "a sample");

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], _delays.Select(d => d.TotalSeconds));
        Assert.Equal(9, sampler.StreamStarts(N1));
    }

    [Fact]
    public async Task Garbage_is_not_taken_for_a_capture_and_the_next_capture_still_parses()
    {
        string[] lines = ["Welcome to node1! (a noisy .bashrc)", "\u0001\u0002 binary \u00ff", DrbdQueries.SampleEndMarker,
            .. ProcText.Of(ProcText.Connected(0), " 9: cs:Bogus ro:Primary/Secondary ds:UpToDate/UpToDate C r-----\n").TrimEnd('\n').Split('\n'),
            DrbdQueries.SampleEndMarker, DrbdQueries.SampleEndMarker, "half a capture cut off by the disconnect"];
        var shell = new FakeStreamShell(N1).ThenLines(lines).ThenCaptures(Captures(1));
        var errors = new ConcurrentQueue<string?>();
        await using var sampler = Sampler(new Dictionary<string, FakeStreamShell> { [N1] = shell });
        sampler.StatusChanged += s => errors.Enqueue(s.LastError);

        sampler.SetNodes([N1]);
        await Eventually.True(() => _samples.Count == 3, "three samples");

        var samples = _samples.ToList();
        Assert.Contains(errors, e => e is not null && e.StartsWith("a capture was not /proc/drbd, ignored: unrecognised header line", StringComparison.Ordinal));
        Assert.Equal([DrbdHealth.Healthy, DrbdHealth.Unknown], samples[0].Devices.Select(d => d.Health));
        Assert.Contains(samples[0].AllNotes(), n => n.Contains("Bogus", StringComparison.Ordinal));
        Assert.Empty(samples[1].Devices);
        Assert.True(samples[1].NoDrbd);
        Assert.Empty(samples[1].Notes);
        Assert.Equal(2, samples[2].Devices.Count);
        Assert.Equal([1.0], _delays.Select(d => d.TotalSeconds));
        Assert.Equal(3, sampler.Status[N1].Samples);
    }

    [Fact]
    public async Task A_stream_that_never_ends_a_capture_is_bounded()
    {
        var flood = Enumerable.Repeat("y", 25).Concat(ProcText.Of(ProcText.Connected(0)).TrimEnd('\n').Split('\n')).Append(DrbdQueries.SampleEndMarker);
        var shell = new FakeStreamShell(N1).ThenLines(flood);
        await using var sampler = Sampler(new Dictionary<string, FakeStreamShell> { [N1] = shell }, new DrbdSamplerOptions { MaxLinesPerSample = 10 });

        sampler.SetNodes([N1]);
        await Eventually.True(() => _samples.Count == 1, "a sample");

        var sample = Assert.Single(_samples);
        Assert.Equal(2, sample.Notes.Count(n => n.Contains("10 lines without an end marker were dropped", StringComparison.Ordinal)));
        Assert.Equal(DrbdHealth.Healthy, Assert.Single(sample.Devices).Health);
    }

    [Fact]
    public async Task A_silent_stream_is_restarted()
    {
        var shell = new FakeStreamShell(N1).Then(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return null!;
        }).ThenCaptures(Captures(1));
        await using var sampler = Sampler(new Dictionary<string, FakeStreamShell> { [N1] = shell }, new DrbdSamplerOptions { SilenceTimeout = TimeSpan.FromMilliseconds(100) });
        var errors = new ConcurrentQueue<string?>();
        sampler.StatusChanged += s => errors.Enqueue(s.LastError);

        sampler.SetNodes([N1]);
        await Eventually.True(() => _samples.Count == 1, "a sample after the restart");

        Assert.Equal(2, shell.Starts);
        Assert.Contains(errors, e => e is not null && e.StartsWith("no sample for 0.1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Offline_nodes_are_not_sampled_and_streams_follow_the_cluster()
    {
        var shells = new[] { N1, N2, N3 }.ToDictionary(n => n, n => new FakeStreamShell(n).ThenCaptures(Captures(1)));
        var made = new ConcurrentQueue<string>();
        await using var sampler = new DrbdSampler(n =>
        {
            made.Enqueue(n);
            return shells[n];
        }, Recorded(), _clock);

        sampler.Update(Cluster((N1, false), (N2, true), (N3, false)));
        await Eventually.True(() => sampler.Status.Values.Count(s => s.State == DrbdStreamState.Live) == 2, "two live streams");
        Assert.Equal([N1, N3], sampler.Nodes);
        Assert.Equal(0, shells[N2].Starts);

        sampler.Update(Cluster((N1, true), (N2, false)));
        await Eventually.True(() => shells[N1].Cancelled == 1 && shells[N3].Cancelled == 1, "streams of gone nodes cancelled");
        await Eventually.True(() => sampler.Status.ContainsKey(N2), "node2 started");
        Assert.Equal([N2], sampler.Nodes);
        Assert.False(sampler.Status.ContainsKey(N1));
        Assert.Equal([N1, N2, N3], made.Order(StringComparer.Ordinal));
        Assert.Equal((1, 1, 1), (sampler.StreamStarts(N1), sampler.StreamStarts(N2), sampler.StreamStarts(N3)));
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task Dispose_ends_every_stream()
    {
        var shells = new[] { N1, N2 }.ToDictionary(n => n, n => new FakeStreamShell(n).ThenCaptures(Captures(3)));
        var sampler = Sampler(shells);
        sampler.SetNodes([N1, N2]);
        await Eventually.True(() => _samples.Count == 6, "six samples");

        await sampler.DisposeAsync();

        Assert.All(shells.Values, s => Assert.Equal(1, s.Cancelled));
        Assert.Throws<ObjectDisposedException>(() => sampler.SetNodes([N1]));
    }

    internal static ClusterSnapshot Cluster(params (string Name, bool Offline)[] nodes) =>
        new("cluster.example.com", null, nodes.Select(n => Node(n.Name, n.Offline)).ToList(), [], [], Fixture.Time, ConnectionState.Live);

    internal static GanetiNode Node(string name, bool offline = false) =>
        new(name, offline ? NodeRole.Offline : NodeRole.Regular, offline, false, false, Reading<long>.Of(1), Reading<long>.Of(1), Reading<long>.Of(1),
            Reading<long>.Of(1), Reading<long>.Of(1), 0, 0, "default");
}
