using BenchmarkDotNet.Attributes;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;

namespace GntTui.Bench;

/// <summary>
/// One refresh (nodes + instances + jobs) through the Engine against the real lab: over the
/// multiplexed connection the console keeps, and over a fresh connection each time. Needs the lab
/// (sudo bash tests/lab/up.sh); run: dotnet run -c Release --project bench/Bench -- --filter '*LabRefresh*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class LabRefreshBenchmarks
{
    private OpenSshShell _warm = null!;
    private GanetiClient _client = null!;
    private string _dir = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("gnt-tui-bench-").FullName;
        _warm = new OpenSshShell(new SshOptions { Target = "root@cluster.example.com", ControlDirectory = Path.Combine(_dir, "warm") });
        _client = new GanetiClient(_warm);
        _client.FetchAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _warm.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "Engine refresh, multiplexed connection")]
    public Task<ClusterData> Multiplexed() => _client.FetchAsync(CancellationToken.None);

    [Benchmark(Description = "Engine refresh, fresh connection")]
    public async Task<ClusterData> Fresh()
    {
        var shell = new OpenSshShell(new SshOptions { Target = "root@cluster.example.com", ControlDirectory = Path.Combine(_dir, "fresh-" + Guid.NewGuid().ToString("N")[..8]) });
        try
        {
            return await new GanetiClient(shell).FetchAsync(CancellationToken.None);
        }
        finally
        {
            await shell.DisposeAsync();
        }
    }
}
