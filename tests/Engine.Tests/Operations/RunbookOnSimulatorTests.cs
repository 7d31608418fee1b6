using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Simulator;
using GntTui.Tests.Support;

namespace GntTui.Engine.Tests.Operations;

/// <summary>
/// The runbook against the simulated Ganeti (real formats, jobs that take time, DRBD that resyncs),
/// with the DRBD view built by the Engine's own monitor from the simulator's /proc/drbd. The
/// console "restarts" mid-migration: new objects over the same state file carry on.
/// </summary>
public sealed class RunbookOnSimulatorTests : IDisposable
{
    private const string Node2 = "node2.example.com";
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-runbook-sim-").FullName;
    private readonly (SimulatedCluster Cluster, SimClock Clock) _sim = TestClusters.Lab();
    private DrbdSnapshot? _drbd;
    private readonly List<string> _waits = [];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SimulatedCluster Sim => _sim.Cluster;
    private SimClock Clock => _sim.Clock;

    private RunbookHarness Harness() => new(Sim.OpenShell(), Path.Combine(_dir, "state.db"), drbd: () => _drbd);

    /// <summary>What the console's DRBD monitor would show now: every online node's /proc/drbd joined with list-drbd.</summary>
    private async Task RefreshDrbdAsync(GanetiClient client)
    {
        var data = await client.FetchAsync(default);
        var snapshot = new ClusterSnapshot(Sim.Name, null, data.Nodes, data.Instances, data.Jobs, Clock.GetUtcNow(), ConnectionState.Live);
        using var monitor = new DrbdMonitor(Sim.Name, client, time: Clock);
        await monitor.UpdateClusterAsync(snapshot, default);
        foreach (var n in data.Nodes.Where(n => !n.Offline))
        {
            monitor.Ingest(ProcDrbdParser.Parse(Sim.ProcDrbd(n.Name), n.Name, Clock.GetUtcNow()));
        }
        _drbd = monitor.Rebuild();
    }

    /// <summary>Advances the runbook, moving the simulated clock (and the DRBD view) until it stops for the operator or ends.</summary>
    private async Task<RunbookState> DriveAsync(NodeMaintenanceRunbook rb, GanetiClient client)
    {
        for (var i = 0; i < 200; i++)
        {
            await RefreshDrbdAsync(client);
            var s = await Clock.Drive(rb.AdvanceAsync(default), TimeSpan.FromSeconds(1));
            if (s.Status != RunbookStatus.Waiting)
            {
                return s;
            }
            _waits.Add(s.Current!.Message!);
            Clock.Advance(TimeSpan.FromSeconds(5));
        }
        throw new TimeoutException(string.Join("\n", rb.Current.Steps.Select(x => $"{x.Id} {x.State} {x.Message}")));
    }

    [Fact]
    public async Task Maintenance_of_a_node_with_drbd_on_the_simulator_survives_a_restart()
    {
        long id;
        using (var first = Harness())
        {
            var data = await first.Client.FetchAsync(default);
            var snapshot = new ClusterSnapshot(Sim.Name, null, data.Nodes, data.Instances, data.Jobs, Clock.GetUtcNow(), ConnectionState.Live);
            await RefreshDrbdAsync(first.Client);
            var plan = NodeMaintenanceRunbook.Plan(Node2, snapshot, _drbd);
            Assert.Contains(plan.Findings, f => f.Message == "file: Instance's disk layout 'file' does not allow migrations");
            Assert.Contains(plan.Findings, f => f.Code == PreflightCodes.DrbdInSync);
            var rb = NodeMaintenanceRunbook.Start(first.Context, Node2, snapshot, _drbd, typedOverride: Node2);
            id = rb.Id;

            // The clock stands still: the drain job cannot end, so the console is "killed" while it runs.
            using var cts = new CancellationTokenSource();
            var advancing = rb.AdvanceAsync(cts.Token);
            await JobGroupTests.Eventually(() => rb.Current.Step("drain").Actions[0].State == RunbookActionState.Running);
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => advancing);
            Assert.Single(first.Runner.Unfinished());
        }

        using var h = Harness();
        var resumed = NodeMaintenanceRunbook.Resume(h.Context, id);
        var s = await DriveAsync(resumed, h.Client);

        Assert.Equal(RunbookStepState.Done, s.Step("drain").State);
        Assert.Single(Sim.Jobs, j => j.Summary.StartsWith("NODE_SET_PARAMS", StringComparison.Ordinal));
        Assert.True(Sim.FindNode(Node2)!.Drained);
        Assert.Equal("all migrated", s.Step("migrate").Message);
        Assert.Equal("node1.example.com", Sim.FindInstance("small.example.com")!.PrimaryNode.Name);
        Assert.Equal(RunbookStepState.Skipped, s.Step("failover").State);
        Assert.Equal("check-empty", s.Current!.Id);
        Assert.StartsWith("still on node2: file (file, running)", s.Step("check-empty").Message, StringComparison.Ordinal);

        resumed.Confirm("check-empty");
        s = await DriveAsync(resumed, h.Client);
        Assert.Equal("evacuate-secondaries", s.Current!.Id);
        Assert.Equal(["big.example.com", "small.example.com"], s.Current.Actions.Select(a => a.Target).Order());

        // Keep the secondaries: the node comes back soon. The resyncs touching it are waited for.
        resumed.Skip("evacuate-secondaries");
        s = await DriveAsync(resumed, h.Client);
        Assert.True(s.IsReadyForMaintenance, string.Join("\n", s.Steps.Select(x => $"{x.Id} {x.State} {x.Message}")));
        Assert.StartsWith("all ", s.Step("wait-resync").Message, StringComparison.Ordinal);

        // The maintenance: node2 goes down for ten minutes; its DRBD peers lose it, then resync when it is back.
        Sim.PowerOff(Node2);
        Clock.Advance(TimeSpan.FromMinutes(10));
        Sim.PowerOn(Node2);
        resumed.Confirm("ready");
        s = await DriveAsync(resumed, h.Client);

        Assert.Equal(RunbookStatus.Finished, s.Status);
        Assert.False(Sim.FindNode(Node2)!.Drained);
        Assert.Equal(Node2, Sim.FindInstance("small.example.com")!.PrimaryNode.Name);
        Assert.Equal(RunbookActionKind.Migrate, Assert.Single(s.Step("move-back").Actions).Kind);
        Assert.Empty(h.Runner.Unfinished());
        Assert.All(h.Audit.Recent(), a => Assert.Equal("success", a.Status));
        Assert.Equal(RunbookStatus.Finished, h.Runbooks.Load(id)!.Status);
        // It waited while the peers reconnected and resynced, and moved small back only then.
        Assert.Contains(_waits, w => w.Contains("not in sync and not resyncing: big disk/0 (PeerGone)", StringComparison.Ordinal));
        Assert.Contains(_waits, w => w.StartsWith("2 resyncing (slowest: big disk/0", StringComparison.Ordinal) && w.Contains("s left", StringComparison.Ordinal));
        Assert.StartsWith("all 2 DRBD disk(s) touching node2 are in sync", s.Step("wait-resync-after").Message, StringComparison.Ordinal);
    }
}
