using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Simulator;
using GntTui.Views.Live;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Tests.Screens;

namespace GntTui.Views.Tests.Clusters;

/// <summary>Switching the console between two demo clusters of different sizes, in place, each with its own cache.</summary>
public sealed class ClusterConsolesTests : IAsyncDisposable
{
    private static readonly ClusterProfile Small = new() { Name = "small", Demo = true };
    private static readonly ClusterProfile Big = new() { Name = "big", Demo = true };
    private static readonly ClusterProfile OnMaster = new() { Name = "small", Ssh = "root@node1.example.com" };
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-consoles-").FullName;
    private readonly Dictionary<string, SimulatedCluster> _clusters = new()
    {
        ["small"] = DemoClusterFactory.Create(new DemoSize(3, 6), 1),
        ["big"] = DemoClusterFactory.Create(new DemoSize(9, 30), 2),
    };
    private readonly List<LoopEvent> _queue = [];
    private readonly Lock _gate = new();
    private readonly List<ClusterProfile> _opened = [];
    private ClusterConsoles? _consoles;

    private string State => Path.Combine(_dir, "state.db");

    public async ValueTask DisposeAsync()
    {
        if (_consoles is not null)
        {
            await _consoles.DisposeAsync();
        }
        Directory.Delete(_dir, recursive: true);
    }

    private Target Open(ClusterProfile p)
    {
        var cluster = _clusters[p.Name];
        var shell = cluster.OpenShell("master");
        return new Target("demo:" + p.Name, shell, new GanetiClient(shell), true, new GntTuiConfig { RefreshSeconds = 1, Notify = false }, new DrbdNodeShells(n => cluster.OpenShell(n)));
    }

    private ClusterConsoles Start(ClusterProfile? small = null)
    {
        small ??= Small;
        var fleet = ClusterFleet.Open([small, Big], Open, State, TimeSpan.Zero);
        LiveSession Session(ClusterProfile p)
        {
            _opened.Add(p);
            return LiveSession.Open(Open(p), State);
        }

        _consoles = new ClusterConsoles(fleet, small, Session(small), Session,
            (live, p) => new ConsoleOptions(ConsoleDriver.Dark, !live.CanOperate, true, p.Name) { NamesProfile = true }, () => { });
        _consoles.Start(e =>
        {
            lock (_gate)
            {
                _queue.Add(e);
            }
        });
        return _consoles;
    }

    /// <summary>Hands queued messages to the console until <paramref name="done"/> holds (the loop's job, done by hand).</summary>
    private async Task PumpUntil(ClusterConsoles consoles, Func<bool> done)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < until, "timed out");
            LoopEvent[] pending;
            lock (_gate)
            {
                pending = [.. _queue];
                _queue.Clear();
            }
            foreach (var e in pending)
            {
                consoles.Handle(e);
            }
            await Task.Delay(20);
        }
    }

    private static void Type(ClusterConsoles consoles, string command)
    {
        consoles.Handle(new LoopEvent.KeyPressed(KeyEvent.Char(':')));
        foreach (var c in command)
        {
            consoles.Handle(new LoopEvent.KeyPressed(KeyEvent.Char(c)));
        }
        consoles.Handle(new LoopEvent.KeyPressed(KeyEvent.Parse("Enter")));
    }

    private static string Header(ClusterConsoles consoles)
    {
        var screen = new Screen(120, 30);
        consoles.Render(screen);
        return screen.ToString().Split('\n')[0];
    }

    private static int Nodes(ClusterConsoles consoles) => consoles.App.ViewOf(ViewKind.Nodes).TotalCount;

    [Fact]
    public async Task Ctx_switches_in_place_the_header_and_rows_change_and_back_again_the_first_cluster_paints_from_its_own_cache()
    {
        var consoles = Start();
        await PumpUntil(consoles, () => Nodes(consoles) == 3);
        var first = consoles.App;
        Assert.StartsWith(" small · ", Header(consoles), StringComparison.Ordinal);

        Type(consoles, "ctx big");

        Assert.NotSame(first, consoles.App);
        Assert.Equal("big", consoles.Profile.Name);
        await PumpUntil(consoles, () => Nodes(consoles) == 9);
        Assert.StartsWith(" big · ", Header(consoles), StringComparison.Ordinal);

        Type(consoles, "ctx small");

        // Painted at once from small's own cache, before its first refresh answers.
        Assert.True(consoles.Session.Monitor.Current.FromCache);
        Assert.Equal(3, consoles.Session.Monitor.Current.Nodes.Count);
        await PumpUntil(consoles, () => Nodes(consoles) == 3);
        Assert.StartsWith(" small · ", Header(consoles), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_left_session_had_queued_is_not_shown_as_the_new_clusters()
    {
        var consoles = Start();
        await PumpUntil(consoles, () => Nodes(consoles) == 3);
        var stale = consoles.Session.Monitor.Current;

        Type(consoles, "ctx big");
        await PumpUntil(consoles, () => Nodes(consoles) == 9);
        consoles.Handle(new LoopEvent.Message(new SessionMessage(0, stale)));

        Assert.Equal(9, Nodes(consoles));
    }

    [Fact]
    public async Task The_clusters_view_marks_the_one_in_front_and_an_unknown_name_is_said_not_switched()
    {
        var consoles = Start();
        await PumpUntil(consoles, () => consoles.App.ViewOf(ViewKind.Clusters).TotalCount == 2 && Nodes(consoles) == 3);
        var app = consoles.App;

        Type(consoles, "ctx nowhere");
        await PumpUntil(consoles, () => Header(consoles).Length > 0 && FullText(consoles).Contains("no cluster named 'nowhere'", StringComparison.Ordinal));

        Assert.Same(app, consoles.App);
        consoles.Handle(new LoopEvent.KeyPressed(KeyEvent.Char('0')));
        Assert.Contains("* small", FullText(consoles), StringComparison.Ordinal);
    }

    private static string FullText(ClusterConsoles consoles)
    {
        var screen = new Screen(120, 30);
        consoles.Render(screen);
        return screen.ToString();
    }

    [Fact]
    public async Task After_a_master_failover_a_switch_away_and_back_reaches_the_new_master_not_the_profiles_dead_one()
    {
        var consoles = Start(OnMaster);
        await PumpUntil(consoles, () => Nodes(consoles) == 3);
        var candidate = new FailoverCandidate("node2.example.com", "root@node2.example.com");
        var check = new MasterFailoverCheck(candidate, "node1.example.com", "node1.example.com", ["node1.example.com", "node2.example.com", "node3.example.com"], [], false,
            [], ["gnt-cluster", "master-failover"]);
        consoles.Handle(new LoopEvent.Message(new SessionMessage(0, new FailoverEnded(check, new MasterFailoverOutcome(true, true, "node2.example.com is the master now") { NewMaster = "node2.example.com" }))));
        Assert.Equal("root@node2.example.com", consoles.Profile.Ssh);

        Type(consoles, "ctx big");
        await PumpUntil(consoles, () => Nodes(consoles) == 9);
        Type(consoles, "ctx small");

        Assert.Equal("small", consoles.Profile.Name);
        Assert.Equal("root@node2.example.com", consoles.Profile.Ssh);
        Assert.Equal("root@node2.example.com", _opened[^1].Ssh);
        await PumpUntil(consoles, () => Nodes(consoles) == 3);
    }
}
