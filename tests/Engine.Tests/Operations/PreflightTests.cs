using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;

namespace GntTui.Engine.Tests.Operations;

public sealed class PreflightTests
{
    private static FakeCluster Lab() => FakeCluster.ThreeNodes()
        .Instance("inst1.example.com", "diskless", "node1.example.com", memory: 128)
        .Instance("inst2.example.com", "file", "node2.example.com", memory: 256)
        .Instance("inst3.example.com", "sharedfile", "node3.example.com", memory: 256)
        .Instance("inst7.example.com", "drbd", "node1.example.com", "node2.example.com", memory: 1024);

    private static async Task<PreflightReport> CheckAsync(FakeCluster c, GanetiOperation op, DrbdSnapshot? drbd = null, IReadOnlyList<GanetiJob>? jobs = null) =>
        Preflight.Check(op, await OpsFixture.SnapshotAsync(c), drbd, jobs);

    private static DrbdSnapshot InSync() =>
        OpsFixture.Drbd(OpsFixture.Disk("inst7.example.com", "node1.example.com", "node2.example.com", DrbdHealth.Healthy));

    [Fact]
    public async Task A_clean_migration_has_no_blocker_and_needs_no_typing()
    {
        var r = await CheckAsync(Lab(), new InstanceMigrate("inst3.example.com", targetNode: "node1.example.com"));

        Assert.False(r.HasBlockers);
        Assert.False(r.RequiresTypedOverride);
        Assert.Null(r.OverrideText);
        Assert.True(r.Allows(null));
    }

    [Fact]
    public async Task A_file_instance_cannot_migrate_in_ganetis_words_and_only_its_name_overrides()
    {
        var r = await CheckAsync(Lab(), new InstanceMigrate("inst2.example.com"));

        var b = Assert.Single(r.Blockers);
        Assert.Equal(PreflightCodes.TemplateCannotMove, b.Code);
        Assert.Equal("Instance's disk layout 'file' does not allow migrations", b.Message);
        Assert.True(r.RequiresTypedOverride);
        Assert.Equal("inst2.example.com", r.OverrideText);
        Assert.False(r.Allows(null));
        Assert.False(r.Allows("inst2"));
        Assert.False(r.Allows("y"));
        Assert.True(r.Allows(" inst2.example.com "));
    }

    [Fact]
    public async Task A_file_instance_cannot_fail_over_either()
    {
        var r = await CheckAsync(Lab(), new InstanceFailover("inst2.example.com"));

        Assert.Equal("Instance's disk layout 'file' does not allow failovers", Assert.Single(r.Blockers).Message);
    }

    [Fact]
    public async Task An_offline_or_drained_target_blocks()
    {
        var c = Lab();
        c.Node("node2.example.com").Offline = true;
        c.Node("node3.example.com").Drained = true;

        var offline = await CheckAsync(c, new InstanceMigrate("inst1.example.com", targetNode: "node2.example.com"));
        var drained = await CheckAsync(c, new InstanceMigrate("inst1.example.com", targetNode: "node3.example.com"));

        Assert.Equal("Can't get data from node node2.example.com: Node is marked offline", Assert.Single(offline.Blockers, f => f.Code == PreflightCodes.TargetOffline).Message);
        Assert.Contains(drained.Blockers, f => f.Code == PreflightCodes.TargetDrained);
    }

    [Fact]
    public async Task Too_little_free_memory_on_the_target_blocks_and_unknown_memory_warns()
    {
        var c = Lab();
        c.Node("node2.example.com").MemoryFree = 100;
        var tight = await CheckAsync(c, new InstanceMigrate("inst1.example.com", targetNode: "node2.example.com"));
        Assert.Equal("node2 has 100 MiB free, inst1 needs 128 MiB", Assert.Single(tight.Blockers).Message);

        var snapshot = await OpsFixture.SnapshotAsync(c);
        var nodes = snapshot.Nodes.Select(n => n.Name == "node3.example.com" ? n with { MemoryFree = Reading<long>.Missing(FieldState.NoData) } : n).ToList();
        var unknown = Preflight.Check(new InstanceMigrate("inst1.example.com", targetNode: "node3.example.com"), snapshot with { Nodes = nodes });
        Assert.False(unknown.HasBlockers);
        Assert.Contains(unknown.Warnings, f => f.Code == PreflightCodes.MemoryUnknown && f.Message.Contains("(?)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_drbd_secondary_in_sync_is_said_and_lets_it_through()
    {
        var r = await CheckAsync(Lab(), new InstanceMigrate("inst7.example.com"), InSync());

        Assert.False(r.HasBlockers);
        Assert.Contains(r.Findings, f => f is { Code: PreflightCodes.DrbdInSync, Severity: PreflightSeverity.Info });
    }

    [Fact]
    public async Task A_resync_in_progress_blocks_with_its_progress_and_eta()
    {
        var drbd = OpsFixture.Drbd(OpsFixture.Disk("inst7.example.com", "node1.example.com", "node2.example.com", DrbdHealth.Syncing, 45.2, TimeSpan.FromMinutes(3)));

        var r = await CheckAsync(Lab(), new InstanceMigrate("inst7.example.com"), drbd);

        var b = Assert.Single(r.Blockers);
        Assert.Equal(PreflightCodes.DrbdSyncing, b.Code);
        Assert.Equal("inst7 disk/0 is resyncing to node2 (45.2%, about 3m00s left); Ganeti refuses to migrate until it is in sync", b.Message);
    }

    [Fact]
    public async Task A_disk_neither_in_sync_nor_syncing_blocks()
    {
        var drbd = OpsFixture.Drbd(OpsFixture.Disk("inst7.example.com", "node1.example.com", "node2.example.com", DrbdHealth.Degraded));

        var r = await CheckAsync(Lab(), new InstanceFailover("inst7.example.com"), drbd);

        Assert.Equal("inst7 disk/0 is degraded on node2 and no resync is running", Assert.Single(r.Blockers, f => f.Code == PreflightCodes.DrbdNotInSync).Message);
    }

    [Fact]
    public async Task No_drbd_readings_is_a_warning_not_a_pass()
    {
        var r = await CheckAsync(Lab(), new InstanceMigrate("inst7.example.com"), drbd: null);

        Assert.False(r.HasBlockers);
        Assert.Contains(r.Warnings, f => f.Code == PreflightCodes.DrbdUnknown);
    }

    [Fact]
    public async Task A_drbd_instance_goes_only_to_its_secondary()
    {
        var r = await CheckAsync(Lab(), new InstanceMigrate("inst7.example.com", targetNode: "node3.example.com"), InSync());

        Assert.StartsWith("Instances with disk template drbd cannot be migrated to arbitrary nodes", Assert.Single(r.Blockers).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_already_holding_the_instance_blocks_finished_ones_do_not()
    {
        var c = Lab();
        c.Hold.Add("inst1.example.com");
        var job = await new GanetiClient(c).SubmitAsync(new InstanceMigrate("inst1.example.com", targetNode: "node2.example.com"), CancellationToken.None);
        var snapshot = await OpsFixture.SnapshotAsync(c);
        var waiting = new GanetiJob(41, JobStatus.Waiting, "INSTANCE_REBOOT(inst3.example.com)", OpsFixture.Time, null, null);
        var done = new GanetiJob(40, JobStatus.Success, "INSTANCE_MIGRATE(inst3.example.com)", OpsFixture.Time, OpsFixture.Time, OpsFixture.Time);

        var fromSnapshot = Preflight.Check(new InstanceMigrate("inst1.example.com", targetNode: "node3.example.com"), snapshot);
        var fromCaller = Preflight.Check(new InstanceMigrate("inst3.example.com", targetNode: "node2.example.com"), snapshot, null, [waiting]);
        var finished = Preflight.Check(new InstanceMigrate("inst3.example.com", targetNode: "node2.example.com"), snapshot, null, [done]);

        Assert.Equal($"job {job} (INSTANCE_MIGRATE(inst1.example.com)) is running on inst1: wait for it or cancel it", Assert.Single(fromSnapshot.Blockers).Message);
        Assert.Equal("job 41 (INSTANCE_REBOOT(inst3.example.com)) is waiting on inst3: wait for it or cancel it", Assert.Single(fromCaller.Blockers).Message);
        Assert.False(finished.HasBlockers);
    }

    [Fact]
    public async Task Ignore_consistency_only_when_the_primary_is_offline()
    {
        var c = Lab();
        var online = await CheckAsync(c, new InstanceFailover("inst3.example.com", ignoreConsistency: true));
        Assert.Equal(PreflightCodes.IgnoreConsistencyPrimaryOnline, Assert.Single(online.Blockers).Code);

        c.Node("node3.example.com").Offline = true;
        var offline = await CheckAsync(c, new InstanceFailover("inst3.example.com", ignoreConsistency: true));
        Assert.False(offline.HasBlockers);
        Assert.Contains(offline.Findings, f => f.Code == PreflightCodes.PrimaryOffline && f.Severity == PreflightSeverity.Info);

        var migrate = await CheckAsync(c, new InstanceMigrate("inst3.example.com"));
        Assert.Equal("Can't migrate, please use failover: Node is marked offline", Assert.Single(migrate.Blockers, f => f.Code == PreflightCodes.PrimaryOffline).Message);
    }

    [Fact]
    public async Task A_move_that_leaves_a_drbd_instance_no_room_on_its_secondary_loses_n_plus_one()
    {
        var c = FakeCluster.ThreeNodes()
            .Instance("inst7.example.com", "drbd", "node1.example.com", "node2.example.com", memory: 1000)
            .Instance("inst3.example.com", "sharedfile", "node3.example.com", memory: 1000);
        c.Node("node2.example.com").MemoryFree = 1500;

        var r = await CheckAsync(c, new InstanceMigrate("inst3.example.com", targetNode: "node2.example.com"));

        Assert.False(r.HasBlockers);
        var w = Assert.Single(r.Warnings);
        Assert.Equal(PreflightCodes.NPlusOneLost, w.Code);
        Assert.Equal("the cluster would lose N+1 redundancy: node2 could not take the instance (1000 MiB) that fails over to it if node1 dies: 500 MiB free", w.Message);
    }

    [Fact]
    public async Task Migrating_or_failing_over_a_drbd_instance_on_a_roomy_cluster_keeps_n_plus_one()
    {
        // The demo's bug: after the move the instance's old secondary is its primary, and the old
        // rule then found "its secondary cannot take instances" on a cluster with room everywhere.
        var c = Lab();

        var migrate = await CheckAsync(c, new InstanceMigrate("inst7.example.com"), InSync());
        var failover = await CheckAsync(c, new InstanceFailover("inst7.example.com"), InSync());

        Assert.Empty(migrate.Warnings);
        Assert.Empty(failover.Warnings);
    }

    [Fact]
    public async Task A_cluster_already_short_stays_a_note_and_a_move_that_makes_it_worse_warns()
    {
        var c = FakeCluster.ThreeNodes()
            .Instance("inst7.example.com", "drbd", "node1.example.com", "node2.example.com", memory: 2000)
            .Instance("inst8.example.com", "drbd", "node3.example.com", "node1.example.com", memory: 1000)
            .Instance("inst3.example.com", "sharedfile", "node3.example.com", memory: 1000);
        c.Node("node2.example.com").MemoryFree = 1500;

        var elsewhere = await CheckAsync(c, new InstanceMigrate("inst3.example.com", targetNode: "node1.example.com"));
        c.Node("node1.example.com").MemoryFree = 1800;
        var worse = await CheckAsync(c, new InstanceMigrate("inst3.example.com", targetNode: "node1.example.com"));

        Assert.Equal("the cluster already lacks N+1 redundancy: node2 could not take the instance (2.0 GiB) that fails over to it if node1 dies: 1.5 GiB free",
            Assert.Single(elsewhere.Findings, f => f.Code == PreflightCodes.NPlusOneAlreadyLost).Message);
        Assert.Empty(elsewhere.Warnings);
        Assert.Equal("the cluster already lacks N+1 redundancy and this makes it worse: node1 could not take the instance (1000 MiB) that fails over to it if node3 dies: 800 MiB free",
            Assert.Single(worse.Warnings).Message);
    }

    [Fact]
    public async Task Node_migrate_lists_what_cannot_go_and_where_the_rest_fits()
    {
        var c = Lab();
        c.Instance("inst4.example.com", "diskless", "node2.example.com", memory: 512, running: false);

        var r = await CheckAsync(c, new NodeMigrate("node2.example.com"));
        var evac = await CheckAsync(c, new NodeEvacuate("node2.example.com", Primaries: true));

        Assert.Contains(r.Blockers, f => f.Message == "inst2: Instance's disk layout 'file' does not allow migrations");
        Assert.Contains(r.Blockers, f => f.Code == PreflightCodes.NotRunning && f.Message.StartsWith("inst4 is ADMIN_down", StringComparison.Ordinal));
        Assert.Equal("node2.example.com", r.OverrideText);
        Assert.Contains(evac.Blockers, f => f.Message == "inst2: Instances of type file cannot be relocated");
    }

    [Fact]
    public async Task Node_evacuation_that_does_not_fit_blocks()
    {
        var c = Lab();
        foreach (var n in c.Nodes)
        {
            n.MemoryFree = 200;
        }

        var r = await CheckAsync(c, new NodeEvacuate("node3.example.com", Primaries: true));

        Assert.Equal("no other online, undrained node has 256 MiB free for inst3", Assert.Single(r.Blockers).Message);
    }

    [Fact]
    public async Task Cancel_is_only_for_queued_or_waiting_jobs()
    {
        var snapshot = await OpsFixture.SnapshotAsync(Lab());
        var running = new GanetiJob(7, JobStatus.Running, "INSTANCE_MIGRATE(inst1.example.com)", OpsFixture.Time, OpsFixture.Time, null);
        var queued = new GanetiJob(8, JobStatus.Queued, "INSTANCE_MIGRATE(inst3.example.com)", OpsFixture.Time, null, null);

        Assert.Equal("job 7 is running: Ganeti cancels only queued or waiting jobs", Assert.Single(Preflight.Check(new JobCancel(7), snapshot, null, [running]).Blockers).Message);
        Assert.False(Preflight.Check(new JobCancel(8), snapshot, null, [queued]).HasBlockers);
    }

    [Fact]
    public async Task The_default_reason_says_what_from_where_and_who()
    {
        var snapshot = await OpsFixture.SnapshotAsync(Lab());

        Assert.Equal("gnt-tui: migrate inst1 off node1 (alice@laptop)", Preflight.DefaultReason(new InstanceMigrate("inst1.example.com"), snapshot, "alice@laptop"));
        Assert.Equal("gnt-tui: failover --ignore-consistency inst3 off node3 to node1 (bob@desk)",
            Preflight.DefaultReason(new InstanceFailover("inst3.example.com", targetNode: "node1.example.com", ignoreConsistency: true), snapshot, "bob@desk"));
        Assert.Equal("gnt-tui: migrate primaries off node2 (alice@laptop)", Preflight.DefaultReason(new NodeMigrate("node2.example.com"), null, "alice@laptop"));
        Assert.Equal("gnt-tui: drain node2 (alice@laptop)", Preflight.DefaultReason(new NodeSetDrained("node2.example.com", true), null, "alice@laptop"));
    }
}
