using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Engine.Remote;

namespace GntTui.Bench;

/// <summary>
/// DRBD at scale, no network: 1,000 nodes, 2,000 DRBD instances, 4,000 minors (4 per node), one
/// disk in ten resyncing. Parse every node's /proc/drbd, join to instances, build a monitor
/// snapshot. Run: dotnet run -c Release --project bench/Bench -- --filter '*Drbd*'
/// In-process: BenchmarkDotNet's default toolchain looks for a project named like the assembly
/// (GntTui.Bench) and finds only Bench.csproj.
/// </summary>
[Config(typeof(ShortInProcess))]
[MemoryDiagnoser]
public class DrbdBenchmarks
{
    private const int Nodes = 1000;
    private const int Instances = 2000;
    private static readonly DateTimeOffset T0 = new(2024, 5, 14, 10, 0, 0, TimeSpan.Zero);

    private string[] _names = null!;
    private string[] _proc = null!;
    private DrbdSample[] _samples = null!;
    private List<DrbdMinorMapping> _mappings = null!;
    private DrbdMonitor _monitor = null!;
    private int _tick;

    [GlobalSetup]
    public void Setup()
    {
        _names = Enumerable.Range(0, Nodes).Select(k => $"node{k}.example.com").ToArray();
        var minors = Enumerable.Range(0, Nodes).Select(_ => new List<(int Minor, string Instance, bool Primary, string Peer, bool Syncing)>()).ToArray();
        _mappings = [];
        for (var j = 0; j < Instances; j++)
        {
            int p = j % Nodes, s = (j + 1) % Nodes;
            var name = $"inst{j}.example.com";
            var syncing = j % 10 == 0;
            var pm = minors[p].Count;
            minors[p].Add((pm, name, true, _names[s], syncing));
            var sm = minors[s].Count;
            minors[s].Add((sm, name, false, _names[p], syncing));
            _mappings.Add(new DrbdMinorMapping(_names[p], pm, name, 0, DrbdRole.Primary, _names[s]));
            _mappings.Add(new DrbdMinorMapping(_names[s], sm, name, 0, DrbdRole.Secondary, _names[p]));
        }
        _proc = minors.Select(Proc).ToArray();
        _samples = ParseAll();

        var cluster = new ClusterSnapshot("bench", null,
            _names.Select(n => new GanetiNode(n, NodeRole.Regular, false, false, false, Reading<long>.Of(1), Reading<long>.Of(1), Reading<long>.Of(1), Reading<long>.Of(1), Reading<long>.Of(1), 2, 2, "default")).ToList(),
            Enumerable.Range(0, Instances).Select(j => new GanetiInstance($"inst{j}.example.com", InstanceStatus.Running, "running", Reading<bool>.Of(true), "up",
                _names[j % Nodes], [_names[(j + 1) % Nodes]], "drbd", Reading<long>.Of(1), Reading<int>.Of(1), Reading<long>.Of(1))).ToList(),
            [], T0, ConnectionState.Live);
        _monitor = new DrbdMonitor("bench", new GanetiClient(new ListDrbdShell(_mappings)));
        _monitor.UpdateClusterAsync(cluster, CancellationToken.None).GetAwaiter().GetResult();
        foreach (var s in _samples)
        {
            _monitor.Ingest(s);
        }
        var snapshot = _monitor.Rebuild();
        if (snapshot.Disks.Count != Instances || snapshot.Disks.Count(d => d.Health == DrbdHealth.Syncing) != Instances / 10)
        {
            throw new InvalidOperationException($"setup: {snapshot.Disks.Count} disks joined");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _monitor.Dispose();

    [Benchmark(Description = "parse /proc/drbd of 1,000 nodes (4,000 minors)")]
    public DrbdSample[] ParseAll() => _names.Select((n, k) => ProcDrbdParser.Parse(_proc[k], n, T0)).ToArray();

    [Benchmark(Description = "join 4,000 minors to 2,000 instance disks")]
    public IReadOnlyList<InstanceDiskSync> Join() => DrbdJoin.Join(_mappings, _samples);

    [Benchmark(Description = "parse + join")]
    public IReadOnlyList<InstanceDiskSync> ParseAndJoin() => DrbdJoin.Join(_mappings, ParseAll());

    [Benchmark(Description = "monitor: ingest 1,000 samples (estimator) + build snapshot")]
    public DrbdSnapshot IngestAndRebuild()
    {
        var at = TimeSpan.FromSeconds(++_tick);
        foreach (var s in _samples)
        {
            _monitor.Ingest(s with { Time = s.Time + at });
        }
        return _monitor.Rebuild();
    }

    [Benchmark(Description = "monitor: build snapshot only")]
    public DrbdSnapshot Rebuild() => _monitor.Rebuild();

    /// <summary>
    /// The idle console's usual second: one node of 1,000 reports a change (a minor goes WFConnection
    /// and back, alternately), the snapshot is built. Public API only, so the same method runs on
    /// the code before the incremental snapshot for the before figure.
    /// </summary>
    [Benchmark(Description = "monitor: 1 node's sample changes + build snapshot")]
    public DrbdSnapshot OneNodeChanges()
    {
        var k = ++_tick;
        var node = k % Nodes;
        var text = k % 2 == 0 ? _proc[node] : _proc[node].Replace("cs:Connected", "cs:WFConnection", StringComparison.Ordinal);
        _monitor.Ingest(ProcDrbdParser.Parse(text, _names[node], T0 + TimeSpan.FromSeconds(k)));
        return _monitor.Rebuild();
    }

    private static string Proc(List<(int Minor, string Instance, bool Primary, string Peer, bool Syncing)> minors)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder("version: 8.4.11-1 (api:1/proto:86-101)\nsrcversion: 4E1A1E5CC9C1D4F7A4A0C3A\n");
        foreach (var m in minors)
        {
            var (role, peer) = m.Primary ? ("Primary", "Secondary") : ("Secondary", "Primary");
            if (m.Syncing)
            {
                var (cs, ds) = m.Primary ? ("SyncSource", "UpToDate/Inconsistent") : ("SyncTarget", "Inconsistent/UpToDate");
                text.Append(c, $" {m.Minor}: cs:{cs} ro:{role}/{peer} ds:{ds} C r-----\n")
                    .Append("    ns:1433600 nr:0 dw:0 dr:1436000 al:0 bm:87 lo:0 pe:41 ua:20 ap:0 ep:1 wo:f oos:663552\n")
                    .Append("\t[=============>......] sync'ed: 68.4% (663552/2097152)K\n")
                    .Append("\tfinish: 0:00:10 speed: 65,536 (64,880) want: 61,440 K/sec\n");
            }
            else
            {
                text.Append(c, $" {m.Minor}: cs:Connected ro:{role}/{peer} ds:UpToDate/UpToDate C r-----\n")
                    .Append("    ns:2097152 nr:0 dw:0 dr:2097352 al:0 bm:128 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:0\n");
            }
        }
        return text.ToString();
    }

    /// <summary>[ShortRunJob]'s settings, run in this process.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812", Justification = "BenchmarkDotNet creates it from [Config(typeof(ShortInProcess))]")]
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }

    /// <summary>Answers list-drbd from the generated mappings, as the master would.</summary>
    private sealed class ListDrbdShell(List<DrbdMinorMapping> mappings) : IRemoteShell
    {
        private readonly ILookup<string, DrbdMinorMapping> _byNode = mappings.ToLookup(m => m.Node);

        public string Target => "bench";

        public Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<CommandResult>>(commands.Select(c => new CommandResult(0,
                string.Concat(_byNode[c[^1]].Select(m => $"{m.Node}|{m.Minor}|{m.Instance}|disk/{m.DiskIndex}|{m.Role.ToString().ToLowerInvariant()}|{m.PeerNode}\n")),
                "", TimeSpan.Zero)).ToList());

        public Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct) => throw new NotSupportedException();

        public Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct) => throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
