using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Operations;

/// <summary>Read-only mode refuses every kind of mutation at the Engine's door, audits each refusal, and sends nothing.</summary>
public sealed class ReadOnlyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-ro-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "state.db");

    public static TheoryData<OperationKind> Kinds()
    {
        var data = new TheoryData<OperationKind>();
        foreach (var k in Enum.GetValues<OperationKind>())
        {
            data.Add(k);
        }
        return data;
    }

    /// <summary>One operation of each kind; a new kind fails here until it is added.</summary>
    private static GanetiOperation Of(OperationKind kind) => kind switch
    {
        OperationKind.InstanceStartup => new InstanceStartup("inst1.example.com"),
        OperationKind.InstanceShutdown => new InstanceShutdown("inst1.example.com"),
        OperationKind.InstanceReboot => new InstanceReboot("inst1.example.com"),
        OperationKind.InstanceMigrate => new InstanceMigrate("inst1.example.com"),
        OperationKind.InstanceFailover => new InstanceFailover("inst1.example.com", ignoreConsistency: true),
        OperationKind.InstanceReplaceDisks => new InstanceReplaceDisks("inst1.example.com", ReplaceDisksMode.Auto),
        OperationKind.NodeMigrate => new NodeMigrate("node1.example.com"),
        OperationKind.NodeEvacuate => new NodeEvacuate("node1.example.com", Primaries: false),
        OperationKind.NodeSetDrained => new NodeSetDrained("node1.example.com", true),
        OperationKind.NodeSetOffline => new NodeSetOffline("node1.example.com", true),
        OperationKind.NodeSetMasterCandidate => new NodeSetMasterCandidate("node1.example.com", false),
        OperationKind.JobCancel => new JobCancel(42),
        OperationKind.InstanceActivateDisks => new InstanceActivateDisks("inst1.example.com"),
        OperationKind.ClusterSetDrbdResyncRate => new ClusterSetDrbdResyncRate(122880),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "add it to ReadOnlyTests"),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_operation_kind_is_refused_and_audited(OperationKind kind)
    {
        var shell = new ScriptedShell();
        using var h = new RunbookHarness(shell, Db, readOnly: true);
        var op = Of(kind);

        var e = await Assert.ThrowsAsync<GanetiException>(() => h.Runner.SubmitAsync(op, CancellationToken.None));

        Assert.Equal(GanetiErrorKind.ReadOnly, e.Kind);
        Assert.Empty(shell.Calls);
        var row = Assert.Single(h.Audit.Recent());
        Assert.Equal(AuditStatus.Refused, row.Status);
        Assert.Equal(op.TargetName, row.Target);
    }

    [Fact]
    public async Task A_group_refuses_every_row()
    {
        var shell = new ScriptedShell();
        using var h = new RunbookHarness(shell, Db, readOnly: true);
        var group = new JobGroup(h.Runner, "migrate 3", [new InstanceMigrate("inst1.example.com"), new InstanceMigrate("inst3.example.com"), new NodeSetDrained("node2.example.com", true)]);

        var status = await group.RunAsync(CancellationToken.None);

        Assert.All(status.Rows, r => Assert.Equal(JobRowState.Refused, r.State));
        Assert.All(status.Rows, r => Assert.StartsWith("read-only mode", r.Message, StringComparison.Ordinal));
        Assert.Empty(shell.Calls);
        Assert.Equal(3, h.Audit.Recent().Count(a => a.Status == AuditStatus.Refused));
    }

    [Fact]
    public async Task Cancel_and_an_overridden_preflight_are_refused_too()
    {
        var shell = new ScriptedShell();
        using var h = new RunbookHarness(shell, Db, readOnly: true);
        var c = FakeCluster.ThreeNodes().Instance("inst2.example.com", "file", "node2.example.com");
        var report = Preflight.Check(new InstanceMigrate("inst2.example.com"), await OpsFixture.SnapshotAsync(c));

        var cancel = await Assert.ThrowsAsync<GanetiException>(() => new JobCanceller(h.Runner, h.Client).CancelAsync(42, CancellationToken.None));
        var gated = await Assert.ThrowsAsync<GanetiException>(() => PreflightGate.SubmitAsync(h.Runner, report, "inst2.example.com", CancellationToken.None));

        Assert.Equal(GanetiErrorKind.ReadOnly, cancel.Kind);
        Assert.Equal(GanetiErrorKind.ReadOnly, gated.Kind);
        Assert.Empty(shell.Calls);
    }

    [Fact]
    public async Task A_runbook_plans_but_its_first_step_is_refused_and_nothing_is_sent()
    {
        var c = FakeCluster.ThreeNodes().Instance("inst1.example.com", "diskless", "node2.example.com");
        using var h = new RunbookHarness(c, Db, readOnly: true);
        var rb = NodeMaintenanceRunbook.Start(h.Context, "node2.example.com", await OpsFixture.SnapshotAsync(c));

        var s = await rb.AdvanceAsync(CancellationToken.None);

        Assert.Empty(c.Mutations);
        Assert.Equal(RunbookStatus.NeedsAnswer, s.Status);
        var drain = s.Step("drain");
        Assert.Equal(RunbookStepState.Failed, drain.State);
        Assert.Equal(RunbookActionState.Refused, Assert.Single(drain.Actions).State);
        Assert.Contains("read-only mode", drain.Message, StringComparison.Ordinal);
        Assert.Equal(AuditStatus.Refused, Assert.Single(h.Audit.Recent()).Status);

        // Skipping on to the next step is refused the same way.
        rb.Skip("drain");
        s = await rb.AdvanceAsync(CancellationToken.None);
        Assert.Equal(RunbookStepState.Failed, s.Step("migrate").State);
        Assert.Empty(c.Mutations);
    }
}
