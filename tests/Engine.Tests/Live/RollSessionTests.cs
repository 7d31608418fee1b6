using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Store;
using GntTui.Engine.Tests.Operations;

namespace GntTui.Engine.Tests.Live;

/// <summary>
/// The roll as a console session runs it (OperationCenter): the operator answers only the runbooks'
/// questions, the next group starts by itself, the end continues the watcher; a new session over the
/// same state file shows the roll held at its group and one continue goes on.
/// </summary>
public sealed class RollSessionTests : IDisposable
{
    private const string Node2 = "node2.example.com", Node3 = "node3.example.com";
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-roll-session-").FullName;
    private readonly FakeCluster _cluster = FakeCluster.ThreeNodes()
        .Instance("inst1.example.com", "diskless", Node2, memory: 128)
        .Instance("inst3.example.com", "diskless", Node3, memory: 128);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private sealed class Session : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StateStore _store;
        private ClusterSnapshot _current;

        public Session(FakeCluster cluster, string db)
        {
            _store = new StateStore(db);
            var client = new GanetiClient(cluster);
            var audit = new AuditLog(_store);
            _current = OpsFixture.SnapshotAsync(cluster).GetAwaiter().GetResult();
            var services = new OperationServices(client, "cluster.example.com", new OperationRunner(client, audit, "cluster.example.com", "alice@laptop"), audit,
                new RunbookStore(_store), () => _current, async _ => _current = await OpsFixture.SnapshotAsync(cluster), () => null)
            {
                Rolls = new RollStore(_store),
                RunbookPoll = TimeSpan.FromMilliseconds(20),
            };
            Center = new OperationCenter(services, _stop.Token);
            Center.Published += Events.Enqueue;
            Center.Start();
        }

        public OperationCenter Center { get; }

        public ConcurrentQueue<SessionEvent> Events { get; } = new();

        public RollState? Roll => Events.OfType<SessionEvent.RollChanged>().LastOrDefault()?.State;

        public async Task<RollState> UntilRoll(Func<RollState, bool> condition)
        {
            await JobGroupTests.Eventually(() => Roll is { } r && condition(r));
            return Roll!;
        }

        /// <summary>Answers yes to the runbook's questions (the node is back) until it ends.</summary>
        public async Task FinishRunbook(long id)
        {
            for (var i = 0; i < 100; i++)
            {
                var s = Events.OfType<SessionEvent.RunbookChanged>().Select(e => e.State).LastOrDefault(r => r.Id == id);
                if (s?.Status == RunbookStatus.Finished)
                {
                    return;
                }
                if (s is { Status: RunbookStatus.NeedsAnswer, Current: { } step })
                {
                    Center.AnswerRunbook(id, step.Id, RunbookReply.Confirm);
                }
                await Task.Delay(30);
            }
            throw new TimeoutException($"runbook {id} did not finish");
        }

        public void Dispose()
        {
            _stop.Cancel();
            _store.Dispose();
            _stop.Dispose();
        }
    }

    [Fact]
    public async Task The_next_group_starts_by_itself_and_the_end_continues_the_watcher()
    {
        using var s = new Session(_cluster, Path.Combine(_dir, "state.db"));
        s.Center.StartRoll([[Node3], [Node2]], pauseWatcher: true);

        var first = await s.UntilRoll(r => r.Groups[0].Runbooks.ContainsKey(Node3));
        Assert.NotNull(_cluster.WatcherUntil);
        await JobGroupTests.Eventually(() => s.Events.OfType<SessionEvent.WatcherRead>().Any(w => w.Status is { Paused: true }));
        await s.FinishRunbook(first.Groups[0].Runbooks[Node3]);

        var second = await s.UntilRoll(r => r.Groups[1].Runbooks.ContainsKey(Node2));
        Assert.True(second.Groups[0].Done);
        await s.FinishRunbook(second.Groups[1].Runbooks[Node2]);

        var end = await s.UntilRoll(r => r.Status == RollStatus.Finished);
        Assert.Equal("the watcher continues", end.Message);
        Assert.Null(_cluster.WatcherUntil);
        await JobGroupTests.Eventually(() => s.Events.OfType<SessionEvent.Notice>().Any(n => n.Text == "roll 1 finished: all 2 group(s) done; the watcher continues"));
    }

    [Fact]
    public async Task A_new_session_shows_the_roll_held_at_its_group_and_one_continue_goes_on()
    {
        var db = Path.Combine(_dir, "state.db");
        long runbook;
        using (var first = new Session(_cluster, db))
        {
            first.Center.StartRoll([[Node3], [Node2]], pauseWatcher: true);
            runbook = (await first.UntilRoll(r => r.Groups[0].Runbooks.ContainsKey(Node3))).Groups[0].Runbooks[Node3];
            await JobGroupTests.Eventually(() => first.Events.OfType<SessionEvent.RunbookChanged>().Any(e => e.State.Id == runbook && e.State.Status == RunbookStatus.NeedsAnswer));
        }

        using var again = new Session(_cluster, db);
        var held = await again.UntilRoll(r => r.Status == RollStatus.Stopped);
        Assert.Equal("the console restarted: held at group 1 of 2", held.Stopped);
        Assert.Contains(again.Events.OfType<SessionEvent.Notice>(), n => n.Text == $"roll {held.Id} is held at group 1 of 2: the console restarted: held at group 1 of 2 (c on :roll continues it)");

        // Its group's runbook resumed by itself; the roll starts nothing until continued.
        await again.FinishRunbook(runbook);
        await Task.Delay(200);
        Assert.Empty(again.Roll!.Groups[1].Runbooks);

        again.Center.ContinueRoll(held.Id, []);
        var next = await again.UntilRoll(r => r.Groups[1].Runbooks.ContainsKey(Node2));
        Assert.True(next.Groups[0].Done);
        Assert.Equal(RollStatus.Running, next.Status);
    }
}
