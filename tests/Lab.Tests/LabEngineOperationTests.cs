using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;

namespace GntTui.Lab.Tests;

/// <summary>
/// Pre-flight, typed overrides, node operations, failover --ignore-consistency and job groups on
/// real Ganeti. Each test starts from and leaves the lab's initial placement (tests/lab/reset.sh).
/// </summary>
[Collection("lab")]
public sealed class LabEngineOperationTests : ResettingLabTest
{
    private const string Node3 = "node3.example.com";
    public LabEngineOperationTests() : base("ops")
    {
    }

    [LabFact]
    public async Task A_node_is_drained_its_primaries_migrated_and_undrained()
    {
        await using var lab = new LabEngine(Dir);
        var snapshot = await lab.SnapshotAsync();
        var migrate = new NodeMigrate(Node3, Preflight.DefaultReason(new NodeMigrate(Node3), snapshot, "lab-tests@localhost"));
        var report = Preflight.Check(migrate, snapshot);
        Assert.Equal("inst5: Instance's disk layout 'file' does not allow migrations", Assert.Single(report.Blockers).Message);
        Assert.Equal(Node3, report.OverrideText);

        var (_, drained) = await lab.RunAsync(new NodeSetDrained(Node3, true, "lab test: drain"));
        Assert.Equal(JobStatus.Success, drained.Status);
        Assert.True((await lab.NodeAsync(Node3)).Drained);

        await Assert.ThrowsAsync<PreflightBlockedException>(() => PreflightGate.SubmitAsync(lab.Runner, report, "node3", CancellationToken.None));
        var sent = await PreflightGate.SubmitAsync(lab.Runner, report, Node3, CancellationToken.None);
        var parent = await lab.Runner.FollowAsync(sent.AuditId, sent.JobId, null, CancellationToken.None);
        await lab.WaitForIdleAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(JobStatus.Success, parent.Status);
        Assert.Contains("(overrode: TEMPLATE_CANNOT_MOVE)", lab.Audit.Get(sent.AuditId)!.Command, StringComparison.Ordinal);
        Assert.NotEqual(Node3, (await lab.InstanceAsync("inst3.example.com")).PrimaryNode);
        Assert.Equal(Node3, (await lab.InstanceAsync("inst5.example.com")).PrimaryNode);
        var children = (await lab.Client.ListJobsAsync(CancellationToken.None)).Where(j => j.Id > sent.JobId && j.Summary.StartsWith("INSTANCE_MIGRATE", StringComparison.Ordinal)).ToList();
        Assert.Equal(JobStatus.Success, children.Single(j => j.Summary.Contains("inst3", StringComparison.Ordinal)).Status);
        Assert.Equal(JobStatus.Error, children.Single(j => j.Summary.Contains("inst5", StringComparison.Ordinal)).Status);

        var (_, undrained) = await lab.RunAsync(new NodeSetDrained(Node3, false, "lab test: undrain"));
        Assert.Equal(JobStatus.Success, undrained.Status);
        Assert.False((await lab.NodeAsync(Node3)).Drained);
        lab.AssertAuditComplete();
        Assert.Equal(AuditStatus.Refused, lab.Audit.Recent().Single(a => a.Status == AuditStatus.Refused).Status);
    }

    [LabFact]
    public async Task With_a_node_offline_a_move_to_it_is_stopped_before_sending_and_failover_ignore_consistency_is_answered()
    {
        await using var lab = new LabEngine(Dir);
        var (_, offline) = await lab.RunAsync(new NodeSetOffline(Node3, true, "lab test: node3 is dead"));
        Assert.Equal(JobStatus.Success, offline.Status);
        var snapshot = await lab.SnapshotAsync();
        var jobsBefore = (await lab.Client.ListJobsAsync(CancellationToken.None)).Max(j => j.Id);

        var toOffline = Preflight.Check(new InstanceMigrate("inst1.example.com", "lab test", targetNode: Node3), snapshot);
        var blocked = await Assert.ThrowsAsync<PreflightBlockedException>(() => PreflightGate.SubmitAsync(lab.Runner, toOffline, null, CancellationToken.None));

        Assert.Contains("Can't get data from node node3.example.com: Node is marked offline", blocked.Message, StringComparison.Ordinal);
        Assert.Equal(jobsBefore, (await lab.Client.ListJobsAsync(CancellationToken.None)).Max(j => j.Id));
        Assert.Equal(AuditStatus.Refused, lab.Audit.Recent()[0].Status);

        var failover = new InstanceFailover("inst3.example.com", Preflight.DefaultReason(new InstanceFailover("inst3.example.com", ignoreConsistency: true), snapshot, "lab-tests@localhost"), ignoreConsistency: true);
        var report = Preflight.Check(failover, snapshot);
        Assert.False(report.HasBlockers);
        var started = DateTime.UtcNow;
        var (submitted, outcome) = await lab.RunAsync(failover);

        Assert.Equal(JobStatus.Success, outcome.Status);
        Assert.Contains(outcome.Log, e => e.Message == "Failover instance inst3.example.com");
        Assert.NotEqual(Node3, (await lab.InstanceAsync("inst3.example.com")).PrimaryNode);
        Assert.Contains("--ignore-consistency", submitted.Command, StringComparison.Ordinal);
        Console.WriteLine($"failover --ignore-consistency on a terminal: {(DateTime.UtcNow - started).TotalSeconds:0.0} s to its end");

        var (_, online) = await lab.RunAsync(new NodeSetOffline(Node3, false, "lab test: node3 is back"));
        Assert.Equal(JobStatus.Success, online.Status);
        Assert.False((await lab.NodeAsync(Node3)).Offline);
        lab.AssertAuditComplete();
    }

    [LabFact]
    public async Task A_group_runs_each_row_and_a_failing_row_carries_ganetis_message()
    {
        await using var lab = new LabEngine(Dir);
        var group = new JobGroup(lab.Runner, "migrate inst1 and inst2",
        [
            new InstanceMigrate("inst1.example.com", "lab test: group", targetNode: "node2.example.com"),
            new InstanceMigrate("inst2.example.com", "lab test: group"),
        ]);

        var status = await group.RunAsync(CancellationToken.None);

        Assert.Equal([JobRowState.Succeeded, JobRowState.Failed], status.Rows.Select(r => r.State));
        Assert.EndsWith("Instance's disk layout 'file' does not allow migrations", status.Rows[1].Message, StringComparison.Ordinal);
        Assert.Equal("node2.example.com", (await lab.InstanceAsync("inst1.example.com")).PrimaryNode);
        Assert.Equal("gnt-tui: migrate inst2 failed", JobNotification.ForOutcome(status.Rows[1].Operation,
            new Engine.Ganeti.Jobs.JobOutcome(status.Rows[1].JobId!.Value, JobStatus.Error, status.Rows[1].Message, [])).Title);
        lab.AssertAuditComplete();
        Assert.Contains("does not allow migrations", lab.Audit.Get(status.Rows[1].AuditId!.Value)!.Message, StringComparison.Ordinal);
    }

    [LabFact]
    public async Task Cluster_verify_findings_point_at_nodes_and_ignored_codes_become_warnings()
    {
        await using var lab = new LabEngine(Dir);
        var verify = new ClusterVerification(lab.Client);

        var strict = await verify.RunAsync(null, CancellationToken.None);
        var relaxed = await verify.RunAsync(["ENODESETUP"], CancellationToken.None);

        Assert.Equal(3, strict.Errors);
        Assert.All(strict.Items.Where(i => i.Severity == VerifySeverity.Error), i => Assert.True(i is { Code: "ENODESETUP", ObjectKind: VerifyObjectKind.Node, CanJump: true }));
        Assert.True(relaxed.IsClean);
        Assert.Equal(3, relaxed.Warnings);
        Assert.Contains(relaxed.Items, i => i.Severity == VerifySeverity.Notice);
        Console.WriteLine($"verify: {strict.Duration.TotalSeconds:0.0} s strict, {relaxed.Duration.TotalSeconds:0.0} s with --ignore-errors");
    }
}
