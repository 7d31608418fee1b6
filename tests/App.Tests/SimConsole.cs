using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Simulator;
using GntTui.Views.Live;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.App.Tests;

/// <summary>
/// The console wired the way ConsoleHost wires it (keys → ConsoleApp → intents → IntentRouter →
/// OperationCenter → session events → SessionFeed → ConsoleApp), on a simulated cluster and a manual
/// clock: the loop is a queue the test drains, time moves when the test says.
/// </summary>
internal sealed class SimConsole : IAsyncDisposable
{
    private readonly string _dir;
    private readonly bool _ownsDir;
    private readonly ConcurrentQueue<LoopEvent> _posted = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly IntentRouter _router;

    /// <param name="stateDir">A state file shared with an earlier console (a restart); null for a fresh one.</param>
    public SimConsole(SimulatedCluster cluster, SimClock clock, bool readOnly = false, string? stateDir = null)
    {
        _ownsDir = stateDir is null;
        _dir = stateDir ?? Directory.CreateTempSubdirectory("gnt-tui-app-").FullName;
        Cluster = cluster;
        Clock = clock;
        Client = new GanetiClient(cluster.OpenShell("master"), readOnly);
        Store = new StateStore(Path.Combine(_dir, "state.db"));
        Audit = new AuditLog(Store, clock);
        Runner = new OperationRunner(Client, Audit, "sim", "tester@sim");
        Monitor = new ClusterMonitor(Client, "sim", null, isDemo: true, clock);
        var feed = new SessionFeed(_posted.Enqueue, ring: true);
        Monitor.SnapshotPublished += s => feed.On(new SessionEvent.ClusterChanged(s));
        var options = new ConsoleOptions(ThemeLoader.LoadBuiltIn("default"), readOnly, IsDemo: true, "sim") { Operator = "tester@sim" };
        App = new ConsoleApp(options, OnIntent, Monitor.Current, clock);
        var services = new OperationServices(Client, "sim", Runner, Audit, new RunbookStore(Store, clock),
            () => Monitor.Current, Monitor.RefreshAsync, () => null)
        {
            Time = clock,
            RunbookPoll = TimeSpan.FromSeconds(2),
        };
        Center = new OperationCenter(services, _stop.Token);
        Center.Published += feed.On;
        _router = new IntentRouter(Center, () => { });
    }

    public SimulatedCluster Cluster { get; }
    public SimClock Clock { get; }
    public GanetiClient Client { get; }
    public StateStore Store { get; }
    public AuditLog Audit { get; }
    public OperationRunner Runner { get; }
    public ClusterMonitor Monitor { get; }
    public ConsoleApp App { get; }
    public OperationCenter Center { get; }
    public List<ConsoleIntent> Intents { get; } = [];
    public List<object> Messages { get; } = [];

    /// <summary>Terminal bytes the loop was asked to write (bell, OSC 9 / 777).</summary>
    public List<string> Rung { get; } = [];
    public Screen Screen { get; } = new(160, 45);

    public string StateDir => _dir;

    /// <summary>The newest state of a runbook the App posted.</summary>
    public RunbookState? Runbook => Messages.OfType<RunbookState>().LastOrDefault();

    public async Task StartAsync()
    {
        await DriveAsync(Monitor.RefreshAsync(CancellationToken.None));
        Drain();
        Center.Start();
        Drain();
    }

    public void Press(string keys)
    {
        foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            App.Handle(new LoopEvent.KeyPressed(KeyEvent.Parse(key)));
        }
    }

    public void Type(string text)
    {
        foreach (var c in text)
        {
            App.Handle(new LoopEvent.KeyPressed(KeyEvent.Char(c)));
        }
    }

    public string Text()
    {
        Drain();
        App.Render(Screen);
        return Screen.ToString();
    }

    /// <summary>Hands what the session posted to the console, as the event loop does.</summary>
    public void Drain()
    {
        while (_posted.TryDequeue(out var loopEvent))
        {
            switch (loopEvent)
            {
                case LoopEvent.Message message:
                    Messages.Add(message.Payload);
                    App.Handle(message);
                    break;
                case LoopEvent.TerminalBytes bytes:
                    Rung.Add(bytes.Bytes);
                    break;
            }
        }
    }

    /// <summary>An intent as the console sends it: through the router to the operation center.</summary>
    public void Send(ConsoleIntent intent) => _router.Handle(intent);

    /// <summary>Moves simulated time a second at a time until <paramref name="done"/> holds (what the console was posted is handled each step).</summary>
    public async Task UntilAsync(Func<bool> done, string what, int maxSeconds = 900)
    {
        for (var i = 0; i < maxSeconds; i++)
        {
            Drain();
            if (done())
            {
                return;
            }

            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }

        Drain();
        Assert.Fail($"no {what} after {maxSeconds} simulated seconds; the console showed:\n{Text()}");
    }

    public async Task<T> DriveAsync<T>(Task<T> task)
    {
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            Clock.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(1);
        }

        return await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Center.WhenIdle().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        Store.Dispose();
        if (_ownsDir)
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private void OnIntent(ConsoleIntent intent)
    {
        Intents.Add(intent);
        _router.Handle(intent);
    }
}
