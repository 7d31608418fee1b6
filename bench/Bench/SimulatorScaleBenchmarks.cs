using BenchmarkDotNet.Attributes;
using GntTui.Engine.Ganeti;
using GntTui.Simulator;

namespace GntTui.Bench;

/// <summary>
/// Building and listing a 1,000-node / 20,000-instance simulated cluster: the demo's scale test bed.
/// Run: dotnet run -c Release --project bench/Bench -- --filter '*SimulatorScale*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
public class SimulatorScaleBenchmarks
{
    private static readonly DemoSize Size = new(1000, 20000);
    private GanetiClient _client = null!;

    [GlobalSetup(Target = nameof(Fetch))]
    public void Setup()
    {
        var cluster = DemoClusterFactory.Create(Size, 42, new SimClock(SimClock.DefaultStart));
        _client = new GanetiClient(cluster.OpenShell("master"));
    }

    [Benchmark(Description = "build 1,000 nodes / 20,000 instances")]
    public SimulatedCluster Build() => DemoClusterFactory.Create(Size, 42, new SimClock(SimClock.DefaultStart));

    [Benchmark(Description = "refresh (nodes + instances + jobs) through the Engine's parsers")]
    public Task<ClusterData> Fetch() => _client.FetchAsync(CancellationToken.None);
}
