using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Simulator;

namespace GntTui.Engine.Tests.Operations;

/// <summary>A node maintenance through every step, on the fake cluster, answering as an operator would.</summary>
public sealed class RunbookTests : IDisposable
{
    private const string Node2 = "node2.example.com";
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-runbook-").FullName;
    private DrbdSnapshot? _drbd;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "state.db");

    private RunbookHarness Harness(FakeCluster c) => new(c, Db, drbd: () => _drbd);

    /// <summary>node2 holds a bit of everything: live-migratable, a migration that fails, a stopped one, a file one, DRBD both ways.</summary>
    private static FakeCluster Busy()
    {
        var c = FakeCluster.ThreeNodes()
            .Instance("inst1.example.com", "diskless", Node2, memory: 128)
            .Instance("inst2.example.com", "file", Node2, memory: 256)
            .Instance("inst4.example.com", "diskless", Node2, memory: 512)
            .Instance("inst5.example.com", "sharedfile", Node2, memory: 128, running: false)
            .Instance("inst7.example.com", "drbd", Node2, "node1.example.com", memory: 256)
            .Instance("inst8.example.com", "drbd", "node3.example.com", Node2, memory: 256);
        c.FailMigration["inst4.example.com"] = "Migration did not converge";
        return c;
    }

    private static DrbdSnapshot Inst7(DrbdHealth health, double? percent = null) =>
        OpsFixture.Drbd(OpsFixture.Disk("inst7.example.com", "node1.example.com", Node2, health, percent, percent is null ? null : TimeSpan.FromMinutes(2)));

    [Fact]
    public async Task Every_step_from_drain_to_moving_back()
    {
        var c = Busy();
        using var h = Harness(c);
        var snapshot = await OpsFixture.SnapshotAsync(c);
        _drbd = Inst7(DrbdHealth.Healthy);

        var blocked = Assert.Throws<PreflightBlockedException>(() => NodeMaintenanceRunbook.Start(h.Context, Node2, snapshot, _drbd));
        Assert.Contains("inst2: Instance's disk layout 'file' does not allow migrations", blocked.Message, StringComparison.Ordinal);
        var rb = NodeMaintenanceRunbook.Start(h.Context, Node2, snapshot, _drbd, typedOverride: Node2);
        Assert.Equal(["inst1.example.com", "inst4.example.com", "inst7.example.com"], rb.Current.Step("migrate").Actions.Select(a => a.Target));

        // drain, migrate (inst4 fails to converge), then the failover question.
        var s = await rb.AdvanceAsync(CancellationToken.None);
        Assert.True(c.Node(Node2).Drained);
        Assert.Equal(RunbookStepState.Done, s.Step("migrate").State);
        Assert.Equal($"did not migrate, offered for failover next: inst4 (job {c.Jobs[2].Id}): Could not migrate instance inst4.example.com: Migration did not converge", s.Step("migrate").Message);
        var failover = s.Step("failover");
        Assert.Equal(RunbookStepState.NeedsConfirmation, failover.State);
        Assert.Equal(RunbookStatus.NeedsAnswer, s.Status);
        Assert.Equal(["inst4.example.com", "inst5.example.com"], failover.Actions.Select(a => a.Target));
        Assert.Contains("inst4 (live migration failed: Could not migrate instance inst4.example.com: Migration did not converge)", failover.Message, StringComparison.Ordinal);
        Assert.Contains("inst5 (ADMIN_down)", failover.Message, StringComparison.Ordinal);
        Assert.StartsWith("Fail over inst4, inst5? ", failover.Question, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => rb.Confirm("check-empty"));

        rb.Confirm("failover");
        s = await rb.AdvanceAsync(CancellationToken.None);
        Assert.Equal(RunbookStepState.Done, s.Step("failover").State);
        Assert.Equal("still on node2: inst2 (file, running)", s.Step("check-empty").Message);

        rb.Confirm("check-empty");
        s = await rb.AdvanceAsync(CancellationToken.None);
        var secondaries = s.Step("evacuate-secondaries");
        Assert.Equal(RunbookStepState.NeedsConfirmation, secondaries.State);
        Assert.Equal(["inst7.example.com", "inst8.example.com"], secondaries.Actions.Select(a => a.Target));

        _drbd = Inst7(DrbdHealth.Syncing, 60);
        rb.Confirm("evacuate-secondaries");
        s = await rb.AdvanceAsync(CancellationToken.None);
        Assert.Equal(RunbookStatus.Waiting, s.Status);
        Assert.Equal("1 resyncing (slowest: inst7 disk/0 60%, about 2m00s left)", s.Step("wait-resync").Message);
        Assert.Equal("node3.example.com", c.Inst("inst7.example.com").Secondary);

        _drbd = Inst7(DrbdHealth.Healthy);
        s = await rb.AdvanceAsync(CancellationToken.None);
        Assert.True(s.IsReadyForMaintenance);
        Assert.Equal("node2 is drained and has no primaries left: ready for maintenance", s.Step("ready").Message);
        Assert.Equal("gnt-tui: node2 is ready for maintenance", JobNotification.ForRunbook(s).Title);

        rb.Confirm("ready");
        s = await rb.AdvanceAsync(CancellationToken.None);

        // The hypervisor still cannot live-migrate inst4: the step stops with Ganeti's reason; fixed, a retry finishes.
        Assert.Equal(RunbookStepState.Failed, s.Step("move-back").State);
        Assert.Contains("migrate inst4 to node2 (job ", s.Step("move-back").Message, StringComparison.Ordinal);
        Assert.EndsWith("Migration did not converge", s.Step("move-back").Message, StringComparison.Ordinal);
        c.FailMigration.Clear();
        rb.Retry("move-back");
        s = await rb.AdvanceAsync(CancellationToken.None);

        Assert.Equal(RunbookStatus.Finished, s.Status);
        Assert.False(c.Node(Node2).Drained);
        Assert.Equal(Node2, c.Inst("inst1.example.com").Primary);
        Assert.Equal(Node2, c.Inst("inst4.example.com").Primary);
        Assert.Equal(Node2, c.Inst("inst5.example.com").Primary);
        Assert.Equal("node1.example.com", c.Inst("inst7.example.com").Primary);
        Assert.Equal("inst7 now mirrors to node3, not node2: left where it is", s.Step("move-back").Notes);
        Assert.Equal("all 3 done", s.Step("move-back").Message);
        Assert.Equal(
        [
            "gnt-node modify -f --submit --drained yes node2",
            "gnt-instance migrate -f --submit inst1", "gnt-instance migrate -f --submit inst4", "gnt-instance migrate -f --submit inst7",
            "gnt-instance failover -f --submit inst4", "gnt-instance failover -f --submit inst5",
            "gnt-instance replace-disks --submit -I hail inst7", "gnt-instance replace-disks --submit -I hail inst8",
            "gnt-node modify -f --submit --drained no node2",
            "gnt-instance migrate -f --submit -n node2 inst1", "gnt-instance migrate -f --submit -n node2 inst4", "gnt-instance failover -f --submit -n node2 inst5",
            "gnt-instance migrate -f --submit -n node2 inst4",
        ], c.Mutations.Select(Brief));
        Assert.Equal("gnt-tui: maintenance of node2 (runbook 1): migrate inst1 (alice@laptop)", Reason(c.Mutations[1]));
        Assert.Empty(h.Runner.Unfinished());
        Assert.Equal(13, h.Audit.Recent().Count);

        using var again = new RunbookHarness(c, Db);
        var stored = NodeMaintenanceRunbook.Resume(again.Context, rb.Id).Current;
        Assert.Equal(RunbookStatus.Finished, stored.Status);
        Assert.Equal(s.Steps.Select(x => (x.Id, x.State, x.Actions.Count)), stored.Steps.Select(x => (x.Id, x.State, x.Actions.Count)));
        Assert.Equal(4, stored.Moved.Count);
        Assert.Empty(again.Runbooks.Open("cluster.example.com"));
    }

    [Fact]
    public async Task Run_waits_for_answers_and_polls_while_resyncs_run()
    {
        var c = FakeCluster.ThreeNodes()
            .Instance("inst1.example.com", "diskless", Node2)
            .Instance("inst7.example.com", "drbd", "node1.example.com", Node2);
        _drbd = Inst7(DrbdHealth.Syncing, 10);
        using var h = Harness(c);
        // The runbook polls on a clock the test moves, and each poll reads the DRBD view once.
        var clock = new SimClock(SimClock.DefaultStart);
        var drbdReads = 0;
        var ctx = h.Context with
        {
            Time = clock,
            Drbd = () =>
            {
                Interlocked.Increment(ref drbdReads);
                return _drbd;
            },
        };
        var rb = NodeMaintenanceRunbook.Start(ctx, Node2, await OpsFixture.SnapshotAsync(c), _drbd, new RunbookOptions(EvacuateSecondaries: false));
        var asked = new List<string>();
        rb.Changed += s =>
        {
            if (s.Status == RunbookStatus.NeedsAnswer && s.Current is { } step && !asked.Contains(step.Id))
            {
                asked.Add(step.Id);
                // An operator who skips moving secondaries and says the node is back at once.
                _ = Task.Run(() =>
                {
                    if (step.Id == "evacuate-secondaries")
                    {
                        rb.Skip(step.Id);
                    }
                    else
                    {
                        rb.Confirm(step.Id);
                    }
                });
            }
        };

        var run = rb.RunAsync(CancellationToken.None);
        for (var i = 0; i < 300 && rb.Current.Step("wait-resync").State != RunbookStepState.Waiting; i++)
        {
            clock.Advance(ctx.PollInterval);
            await Task.Delay(10);
        }
        Assert.True(rb.Current.Step("wait-resync").State == RunbookStepState.Waiting, run.Exception + string.Join("\n", rb.Current.Steps.Select(x => $"{x.Id} {x.State} {x.Message}")));
        // Three more polls while the resync runs: each looks at DRBD again and stays waiting.
        for (var poll = 0; poll < 3; poll++)
        {
            var before = Volatile.Read(ref drbdReads);
            for (var i = 0; i < 300 && Volatile.Read(ref drbdReads) == before; i++)
            {
                clock.Advance(ctx.PollInterval);
                await Task.Delay(10);
            }
            Assert.True(Volatile.Read(ref drbdReads) > before, $"poll {poll} never looked at DRBD");
            Assert.Equal(RunbookStepState.Waiting, rb.Current.Step("wait-resync").State);
        }
        _drbd = Inst7(DrbdHealth.Healthy);
        for (var i = 0; i < 300 && !run.IsCompleted; i++)
        {
            clock.Advance(ctx.PollInterval);
            await Task.Delay(10);
        }
        Assert.True(run.IsCompleted, string.Join("\n", rb.Current.Steps.Select(x => $"{x.Id} {x.State} {x.Message}")));
        var end = await run;

        Assert.Equal(RunbookStatus.Finished, end.Status);
        Assert.Equal(["evacuate-secondaries", "ready"], asked);
        Assert.Equal(Node2, c.Inst("inst1.example.com").Primary);
        Assert.StartsWith("skipped by the operator", end.Step("evacuate-secondaries").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_master_needs_the_typed_name_and_one_open_runbook_per_node()
    {
        var c = FakeCluster.ThreeNodes().Instance("inst1.example.com", "diskless", "node1.example.com");
        using var h = Harness(c);
        var snapshot = await OpsFixture.SnapshotAsync(c);

        var plan = NodeMaintenanceRunbook.Plan("node1.example.com", snapshot);
        Assert.Equal(PreflightCodes.NodeIsMaster, plan.Findings[0].Code);
        Assert.Throws<PreflightBlockedException>(() => NodeMaintenanceRunbook.Start(h.Context, "node1.example.com", snapshot));

        var rb = NodeMaintenanceRunbook.Start(h.Context, "node1.example.com", snapshot, typedOverride: "node1.example.com");
        var again = Assert.Throws<InvalidOperationException>(() => NodeMaintenanceRunbook.Start(h.Context, "node1.example.com", snapshot, typedOverride: "node1.example.com"));
        Assert.Contains($"runbook {rb.Id} for node1.example.com is still open", again.Message, StringComparison.Ordinal);

        // Ganeti has the last word: the drain fails with its message, and the operator aborts.
        var s = await rb.AdvanceAsync(CancellationToken.None);
        Assert.Equal(RunbookStepState.Failed, s.Step("drain").State);
        Assert.Contains("The master role can be changed only via master-failover", s.Step("drain").Message, StringComparison.Ordinal);
        rb.Abort();
        Assert.Equal(RunbookStatus.Aborted, (await rb.AdvanceAsync(CancellationToken.None)).Status);
        Assert.Empty(h.Runbooks.Open("cluster.example.com"));
    }

    private static string Brief(IReadOnlyList<string> argv)
    {
        var words = new List<string>();
        for (var i = 0; i < argv.Count; i++)
        {
            if (argv[i] == "--reason")
            {
                i++;
                continue;
            }
            words.Add(argv[i].Replace(".example.com", "", StringComparison.Ordinal));
        }
        return string.Join(' ', words);
    }

    /// <summary>The reason as the runbook wrote it (the runner's tag taken off).</summary>
    private static string Reason(IReadOnlyList<string> argv) => ReasonMarker.Strip(argv[argv.ToList().IndexOf("--reason") + 1]);
}
