using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Planners;
using GntTui.Engine.Store;

namespace GntTui.Lab.Tests;

/// <summary>
/// Ganeti's planners on the lab through the Engine's operation center, as :balance, the header and
/// the Nodes footer use them: hbal's plan (none on the initial lab; two migrations once inst3 and inst4
/// are moved onto node1), the plan sent in its jobsets and hbal's final score reached, hroller's
/// groups, hspace's room, and the watcher paused and continued (audited).
/// </summary>
[Collection("lab")]
public sealed class LabPlannerTests : ResettingLabTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(3);

    public LabPlannerTests() : base("planners")
    {
    }

    [LabFact]
    public async Task Balance_plans_nothing_on_the_lab_then_sends_the_plan_for_an_induced_imbalance_and_reaches_its_score()
    {
        await using var lab = new LabEngine(Dir);
        await using var center = new Center(lab);

        var first = await center.Next<SessionEvent.BalancePlanned>(() => center.Operations.PlanBalance(new HbalOptions()));
        Assert.Null(first.Error);
        Assert.Equal(HbalOutcome.NoSolution, first.Plan!.Outcome);
        Assert.Equal("default", first.Plan.Group);

        // Induce an imbalance: inst3 (sharedfile) and inst4 (diskless) onto node1.
        await lab.RunAsync(new InstanceMigrate("inst3.example.com", "lab test: imbalance", targetNode: "node1.example.com"));
        await lab.RunAsync(new InstanceMigrate("inst4.example.com", "lab test: imbalance", targetNode: "node1.example.com"));
        var planned = await center.Next<SessionEvent.BalancePlanned>(() => center.Operations.PlanBalance(new HbalOptions()));
        var plan = planned.Plan!;
        Assert.Equal(HbalOutcome.Improved, plan.Outcome);
        Assert.NotEmpty(plan.Moves);
        Assert.True(plan.FinalScore < plan.InitialScore);

        var snapshot = await lab.SnapshotAsync();
        var stages = BalanceStages.Build(plan, [.. snapshot.Nodes.Select(n => n.Name)], [.. snapshot.Instances.Select(i => i.Name)], "lab test: rebalance");
        var done = await center.Until<SessionEvent.GroupChanged>(() => center.Operations.SubmitStages(1, "rebalance", stages), g => g.Status.Rows.All(r => r.IsFinished));
        Assert.All(done.Status.Rows, r => Assert.True(r.State == JobRowState.Succeeded, $"{r.Operation.TargetName}: {r.State} {r.Message}"));
        Assert.Equal(stages.Sum(s => s.Count), done.Status.Rows.Count);
        lab.AssertAuditComplete();

        // hbal again: it starts where its plan said it would end, and finds nothing more to do.
        var after = await center.Next<SessionEvent.BalancePlanned>(() => center.Operations.PlanBalance(new HbalOptions()));
        Assert.NotNull(after.Plan);
        Assert.InRange(after.Plan.InitialScore!.Value, plan.FinalScore!.Value - 0.01, plan.FinalScore.Value + 0.01);
        Assert.Equal(HbalOutcome.NoSolution, after.Plan.Outcome);
    }

    [LabFact]
    public async Task Hbal_options_and_failures_come_back_in_hbals_words()
    {
        await using var lab = new LabEngine(Dir);
        await using var center = new Center(lab);
        var missing = await center.Next<SessionEvent.BalancePlanned>(() => center.Operations.PlanBalance(new HbalOptions(Group: "nosuchgroup")));
        Assert.Null(missing.Plan);
        Assert.Equal("Node group nosuchgroup not found. Node group list is: default Error: Aborting.", missing.Error);

        var options = new HbalOptions(Group: "default", NoDiskMoves: true, EvacMode: true, MinScore: 0.01, MaxLength: 5);
        var planned = await center.Next<SessionEvent.BalancePlanned>(() => center.Operations.PlanBalance(options));
        Assert.True(planned.Error is null, planned.Error);
        Assert.Equal(options, planned.Options);
    }

    [LabFact]
    public async Task Hroller_groups_and_hspace_room_of_the_lab()
    {
        await using var lab = new LabEngine(Dir);
        await using var center = new Center(lab);
        var roll = await center.Next<SessionEvent.RollPlanned>(() => center.Operations.PlanRoll(new HrollerOptions()));
        Assert.True(roll.Error is null, roll.Error);
        Assert.Equal(["node1.example.com", "node2.example.com", "node3.example.com"], roll.Plan!.Groups.SelectMany(g => g).Order());
        var one = await center.Next<SessionEvent.RollPlanned>(() => center.Operations.PlanRoll(new HrollerOptions(FullEvacuation: true, OneStepOnly: true)));
        Assert.Equal(roll.Plan.Groups[0], Assert.Single(one.Plan!.Groups));

        var room = await center.Next<SessionEvent.CapacityRead>(() => center.Operations.ReadPlanners());
        Assert.True(room.Error is null, room.Error);
        Assert.Equal(3, room.Summary!.Nodes);
        Assert.NotNull(room.Summary.StandardAllocated);
        Assert.NotNull(room.Summary.LimitedBy);
    }

    [LabFact]
    public async Task The_watcher_is_paused_and_continued_audited_and_read_back()
    {
        await using var lab = new LabEngine(Dir);
        await using var center = new Center(lab);
        try
        {
            var paused = await center.Until<SessionEvent.WatcherRead>(() => center.Operations.SetWatcher(TimeSpan.FromHours(1), "lab test: maintenance"), w => w.Status is { Paused: true });
            Assert.NotNull(paused.Status!.UntilClock);
            var read = await center.Until<SessionEvent.WatcherRead>(() => center.Operations.ReadPlanners(), _ => true);
            Assert.Equal(paused.Status, read.Status);
            Assert.Equal(paused.Status, WatcherOutputParser.Parse((await lab.Shell.RunAsync(PlannerClient.WatcherInfoArgv, Wait, CancellationToken.None)).Stdout));

            var continued = await center.Until<SessionEvent.WatcherRead>(() => center.Operations.SetWatcher(null, "lab test: maintenance done"), w => w.Status is { Paused: false });
            Assert.Null(continued.Status!.Headline);
            Assert.False(WatcherOutputParser.Parse((await lab.Shell.RunAsync(PlannerClient.WatcherInfoArgv, Wait, CancellationToken.None)).Stdout).Paused);

            var rows = lab.Audit.Recent().Where(a => a.Target == "watcher").ToList();
            Assert.Equal(["watcher continue", "watcher pause"], rows.Select(r => r.Verb));
            Assert.All(rows, r => Assert.Equal("success", r.Status));
            Assert.Equal("gnt-cluster watcher pause 3600", rows[1].Command);
        }
        finally
        {
            await lab.Shell.RunAsync(WatcherControl.ContinueArgv, Wait, CancellationToken.None);
        }
    }

    [LabFact]
    public async Task Read_only_refuses_the_watcher_pause_in_the_engine_and_audits_the_refusal()
    {
        await using var lab = new LabEngine(Dir, readOnly: true);
        var control = new WatcherControl(lab.Client, lab.Audit, LabEngine.Cluster);
        var e = await Assert.ThrowsAsync<GanetiException>(() => control.PauseAsync(TimeSpan.FromHours(1), "no", CancellationToken.None));
        Assert.Equal(GanetiErrorKind.ReadOnly, e.Kind);
        Assert.Equal(AuditStatus.Refused, Assert.Single(lab.Audit.Recent()).Status);
        Assert.False(WatcherOutputParser.Parse((await lab.Shell.RunAsync(PlannerClient.WatcherInfoArgv, Wait, CancellationToken.None)).Stdout).Paused);
    }

    /// <summary>An operation center over the lab engine, its events queued for the test.</summary>
    private sealed class Center : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly System.Threading.Channels.Channel<SessionEvent> _events = System.Threading.Channels.Channel.CreateUnbounded<SessionEvent>();

        public Center(LabEngine lab)
        {
            ClusterSnapshot snapshot = new(LabEngine.Cluster, null, [], [], [], DateTimeOffset.UtcNow, ConnectionState.Live);
            Operations = new OperationCenter(new OperationServices(lab.Client, LabEngine.Cluster, lab.Runner, lab.Audit, lab.Runbooks,
                () => snapshot, _ => Task.CompletedTask, () => null), _stop.Token);
            Operations.Published += e => _events.Writer.TryWrite(e);
        }

        public OperationCenter Operations { get; }

        public Task<T> Next<T>(Action start) where T : SessionEvent => Until<T>(start, _ => true);

        public async Task<T> Until<T>(Action start, Func<T, bool> done) where T : SessionEvent
        {
            while (_events.Reader.TryRead(out _))
            {
            }

            start();
            using var cts = new CancellationTokenSource(Wait);
            while (true)
            {
                if (await _events.Reader.ReadAsync(cts.Token) is T e && done(e))
                {
                    return e;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await Operations.WhenIdle();
            _stop.Dispose();
        }
    }
}
