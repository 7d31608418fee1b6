using BenchmarkDotNet.Attributes;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Simulator;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Bench;

/// <summary>
/// A refresh that changes ten of 20,000 instances (their status and memory), in front on the
/// instances view at 160x45: the new snapshot handed to the console, the view brought up to date
/// (rows, sort, filter) and the frame rendered and diffed. Sorted by name the ten stay where they
/// are; sorted by status they move. Snapshots alternate A, B, A: each is a ten-row change. Run:
/// dotnet run -c Release --project bench/Bench -- --filter '*Ingest*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private ConsoleApp _byName = null!;
    private ConsoleApp _byStatus = null!;
    private ClusterSnapshot _a = null!;
    private ClusterSnapshot _b = null!;
    private readonly Dictionary<ConsoleApp, (Screen Screen, ScreenRenderer Renderer)> _terminals = [];
    private bool _flipName;
    private bool _flipStatus;

    [GlobalSetup]
    public void Setup()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(new DemoSize(1000, 20000), 42, clock);
        var client = new GanetiClient(cluster.OpenShell("master"));
        var info = client.GetClusterInfoAsync(CancellationToken.None).GetAwaiter().GetResult();
        var data = client.FetchAsync(CancellationToken.None).GetAwaiter().GetResult();
        _a = new ClusterSnapshot(info.Name, info, data.Nodes, data.Instances, data.Jobs, clock.GetUtcNow(), ConnectionState.Live);
        _b = _a with
        {
            Instances = [.. _a.Instances.Select((i, n) => n % 2000 == 7 ? i with { Status = InstanceStatus.ErrorDown, StatusText = "ERROR_down", Memory = Reading<long>.Of(99_999) } : i)],
        };
        _byName = Console(info.Name, clock, "2");
        _byStatus = Console(info.Name, clock, "2S");
    }

    [Benchmark(Description = "10 of 20,000 instances change, sorted by name: ingest + render + diff")]
    public int TenRowsByName()
    {
        _flipName = !_flipName;
        return Frame(_byName, _flipName ? _b : _a);
    }

    [Benchmark(Description = "10 of 20,000 instances change, sorted by status (they move): ingest + render + diff")]
    public int TenRowsByStatus()
    {
        _flipStatus = !_flipStatus;
        return Frame(_byStatus, _flipStatus ? _b : _a);
    }

    private ConsoleApp Console(string name, SimClock clock, string keys)
    {
        var app = new ConsoleApp(new ConsoleOptions(ThemeLoader.LoadBuiltIn("default"), false, false, name), _ => { }, _a, clock);
        foreach (var key in keys)
        {
            app.Handle(new LoopEvent.KeyPressed(KeyEvent.Char(key)));
        }

        var terminal = (new Screen(160, 45), new ScreenRenderer());
        _terminals[app] = terminal;
        app.Render(terminal.Item1);
        terminal.Item2.Render(terminal.Item1);
        return app;
    }

    private int Frame(ConsoleApp app, ClusterSnapshot snapshot)
    {
        var (screen, renderer) = _terminals[app];
        app.Handle(new LoopEvent.Message(snapshot));
        app.Render(screen);
        return renderer.Render(screen).Length;
    }
}
