using BenchmarkDotNet.Attributes;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Simulator;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Bench;

/// <summary>
/// The console at 160x45 with 20,000 instances behind the instances view: what one frame costs
/// when one visible row changes, and a full repaint. Bytes per frame are reported by
/// <see cref="FrameBytes"/> (run with --frame-bytes). Run:
/// dotnet run -c Release --project bench/Bench -- --filter '*ConsoleFrame*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MemoryDiagnoser]
public class ConsoleFrameBenchmarks
{
    private ConsoleFixture _fixture = null!;

    [GlobalSetup]
    public void Setup() => _fixture = ConsoleFixture.Create();

    [Benchmark(Description = "key moves the selection one row: render + diff")]
    public int SelectionMove() => _fixture.RenderSelectionMove();

    [Benchmark(Description = "new snapshot, one visible row changed: ingest the change + render + diff")]
    public int OneRowChange() => _fixture.RenderOneRowChange();

    [Benchmark(Description = "full repaint: render + whole-frame output")]
    public int FullRepaint() => _fixture.RenderFull();

    /// <summary>Bytes written for each kind of frame, for docs/PERFORMANCE.md.</summary>
    public static void FrameBytes()
    {
        var f = ConsoleFixture.Create();
        Console.WriteLine($"first frame (full, 160x45):        {f.RenderFull()} bytes");
        Console.WriteLine($"nothing changed:                   {f.RenderSame()} bytes");
        Console.WriteLine($"selection moves one row (key j):   {f.RenderSelectionMove()} bytes");
        Console.WriteLine($"one visible row changes (status):  {f.RenderOneRowChange()} bytes");
        Console.WriteLine($"full repaint:                      {f.RenderFull()} bytes");
        Console.WriteLine($"clock tick (header age changes):   {f.RenderTick()} bytes");
    }

    /// <summary>A ConsoleApp on the instances view over a 20,000-instance simulated cluster's snapshot.</summary>
    private sealed class ConsoleFixture
    {
        private readonly ConsoleApp _app;
        private readonly Screen _screen = new(160, 45);
        private readonly ScreenRenderer _renderer = new();
        private readonly ClusterSnapshot _a;
        private readonly ClusterSnapshot _b;
        private readonly ManualTime _time;
        private bool _flip;
        private bool _down;

        private ConsoleFixture(ConsoleApp app, ClusterSnapshot a, ClusterSnapshot b, ManualTime time)
        {
            _app = app;
            _a = a;
            _b = b;
            _time = time;
        }

        public static ConsoleFixture Create()
        {
            var clock = new SimClock(SimClock.DefaultStart);
            var cluster = DemoClusterFactory.Create(new DemoSize(1000, 20000), 42, clock);
            var client = new GanetiClient(cluster.OpenShell("master"));
            var info = client.GetClusterInfoAsync(CancellationToken.None).GetAwaiter().GetResult();
            var data = client.FetchAsync(CancellationToken.None).GetAwaiter().GetResult();
            var a = new ClusterSnapshot(info.Name, info, data.Nodes, data.Instances, data.Jobs, clock.GetUtcNow(), ConnectionState.Live);
            // B differs from A in one row that is on screen (sorted by name, the first instance).
            var first = a.Instances.OrderBy(i => i.Name, StringComparer.Ordinal).First();
            var changed = first with { Status = InstanceStatus.ErrorDown, StatusText = "ERROR_down" };
            var b = a with { Instances = [.. a.Instances.Select(i => ReferenceEquals(i, first) ? changed : i)] };
            var time = new ManualTime(clock.GetUtcNow());
            var app = new ConsoleApp(new ConsoleOptions(ThemeLoader.LoadBuiltIn("default"), false, false, info.Name), _ => { }, a, time);
            app.Handle(new LoopEvent.KeyPressed(KeyEvent.Char('2')));
            var f = new ConsoleFixture(app, a, b, time);
            f.RenderFull();
            return f;
        }

        public int RenderOneRowChange()
        {
            _flip = !_flip;
            _app.Handle(new LoopEvent.Message(_flip ? _b : _a));
            return Frame();
        }

        public int RenderSame() => Frame();

        public int RenderFull()
        {
            _renderer.Invalidate();
            return Frame();
        }

        public int RenderTick()
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            _app.Handle(new LoopEvent.Tick(_time.GetUtcNow()));
            return Frame();
        }

        public int RenderSelectionMove()
        {
            _down = !_down;
            _app.Handle(new LoopEvent.KeyPressed(KeyEvent.Char(_down ? 'j' : 'k')));
            return Frame();
        }

        private int Frame()
        {
            _app.Render(_screen);
            return _renderer.Render(_screen).Length;
        }
    }

    private sealed class ManualTime(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
