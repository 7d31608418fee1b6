using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;

namespace GntTui.Lab.Tests;

/// <summary>A node maintenance runbook on real Ganeti, with the console restarted in the middle of a migration.</summary>
[Collection("lab")]
public sealed class LabRunbookTests : ResettingLabTest
{
    private const string Node3 = "node3.example.com";
    public LabRunbookTests() : base("runbook")
    {
    }

    [LabFact]
    public async Task Maintenance_of_node3_runs_every_step_and_resumes_after_a_restart()
    {
        long id;
        await using (var first = new LabEngine(Dir))
        {
            var snapshot = await first.SnapshotAsync();
            var blocked = Assert.Throws<PreflightBlockedException>(() => NodeMaintenanceRunbook.Start(first.Context, Node3, snapshot));
            Assert.Contains("inst5: Instance's disk layout 'file' does not allow migrations", blocked.Message, StringComparison.Ordinal);
            var rb = NodeMaintenanceRunbook.Start(first.Context, Node3, snapshot, typedOverride: Node3);
            id = rb.Id;

            // Killed while the migration of inst3 runs: the follow is cut, the checkpoint says "running".
            using var cts = new CancellationTokenSource();
            var advancing = rb.AdvanceAsync(cts.Token);
            await Until(() => rb.Current.Step("migrate").Actions is [{ State: RunbookActionState.Running }], TimeSpan.FromMinutes(1));
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => advancing);
        }

        await using var lab = new LabEngine(Dir);
        var resumed = NodeMaintenanceRunbook.Resume(lab.Context, id);
        Assert.Equal(RunbookStepState.Running, resumed.Current.Step("migrate").State);
        var s = await resumed.AdvanceAsync(CancellationToken.None);

        Assert.True((await lab.NodeAsync(Node3)).Drained);
        Assert.Equal(RunbookActionState.Succeeded, Assert.Single(s.Step("migrate").Actions).State);
        Assert.NotEqual(Node3, (await lab.InstanceAsync("inst3.example.com")).PrimaryNode);
        Assert.Equal(RunbookStepState.Skipped, s.Step("failover").State);
        Assert.Equal("check-empty", s.Current!.Id);
        Assert.Equal("still on node3: inst5 (file, running)", s.Current.Message);

        resumed.Confirm("check-empty");
        s = await resumed.AdvanceAsync(CancellationToken.None);
        Assert.Equal(RunbookStepState.Skipped, s.Step("evacuate-secondaries").State);
        Assert.Equal("no DRBD disks on node3", s.Step("wait-resync").Message);
        Assert.True(s.IsReadyForMaintenance);

        resumed.Confirm("ready");
        s = await resumed.AdvanceAsync(CancellationToken.None);

        Assert.Equal(RunbookStatus.Finished, s.Status);
        Assert.False((await lab.NodeAsync(Node3)).Drained);
        Assert.Equal(Node3, (await lab.InstanceAsync("inst3.example.com")).PrimaryNode);
        Assert.Equal(InstanceStatus.Running, (await lab.InstanceAsync("inst3.example.com")).Status);
        Assert.Equal(["drain node3", "migrate inst3", "undrain node3", "migrate inst3 to node3"], s.Steps.SelectMany(x => x.Actions).Select(a => a.Describe()));
        Assert.Empty(lab.Runner.Unfinished());
        lab.AssertAuditComplete();
        Assert.Equal(4, lab.Audit.Recent().Count);
        Assert.All(lab.Audit.Recent(), a => Assert.StartsWith($"gnt-tui: maintenance of node3 (runbook {id}): ", a.Reason, StringComparison.Ordinal));
        Console.WriteLine(string.Join("\n", s.Steps.Select(x => $"{x.Id,-22} {x.State,-9} {(x.FinishedAt - x.StartedAt)?.TotalSeconds:0.0}s {x.Message}")));
    }

    private static async Task Until(Func<bool> condition, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "condition not met in time");
            await Task.Delay(20);
        }
    }
}
