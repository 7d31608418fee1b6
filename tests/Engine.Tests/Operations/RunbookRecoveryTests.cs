using GntTui.Engine.Operations;

namespace GntTui.Engine.Tests.Operations;

/// <summary>A runbook after a restart: new objects over the same state file carry on where the old ones stopped.</summary>
public sealed class RunbookRecoveryTests : IDisposable
{
    private const string Node2 = "node2.example.com";
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-runbook-recovery-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "state.db");

    private RunbookHarness Harness(FakeCluster c) => new(c, Db);

    [Fact]
    public async Task A_restart_mid_job_resumes_at_the_step_and_reattaches_to_the_running_job()
    {
        var c = FakeCluster.ThreeNodes()
            .Instance("inst1.example.com", "diskless", Node2)
            .Instance("inst3.example.com", "sharedfile", Node2);
        c.Hold.Add("inst1.example.com");
        long id;
        using (var first = Harness(c))
        {
            var rb = NodeMaintenanceRunbook.Start(first.Context, Node2, await OpsFixture.SnapshotAsync(c));
            id = rb.Id;
            using var cts = new CancellationTokenSource();
            var advancing = rb.AdvanceAsync(cts.Token);
            await JobGroupTests.Eventually(() => rb.Current.Step("migrate").Actions[0].State == RunbookActionState.Running);
            await JobGroupTests.Eventually(() => rb.Current.Step("migrate").Actions[1].State == RunbookActionState.Succeeded);
            // The console dies: the follow is cut, nothing is completed.
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => advancing);
        }

        c.Release("inst1.example.com");
        using var second = Harness(c);
        var resumed = NodeMaintenanceRunbook.Resume(second.Context, id);
        Assert.Equal(id, Assert.Single(second.Runbooks.Open("cluster.example.com")).Id);
        Assert.Equal(RunbookStepState.Running, resumed.Current.Step("migrate").State);
        var job = resumed.Current.Step("migrate").Actions[0].JobId;
        Assert.Equal(job, Assert.Single(second.Runner.Unfinished()).JobId);

        var s = await resumed.AdvanceAsync(CancellationToken.None);

        Assert.True(s.IsReadyForMaintenance);
        Assert.Equal(RunbookActionState.Succeeded, s.Step("migrate").Actions[0].State);
        Assert.Single(c.Mutations, m => m[1] == "migrate" && m[^1] == "inst1.example.com");
        Assert.Empty(second.Runner.Unfinished());
        Assert.Equal([RunbookStepState.Done, RunbookStepState.Done, RunbookStepState.Skipped, RunbookStepState.Done, RunbookStepState.Skipped, RunbookStepState.Done],
            s.Steps.Take(6).Select(x => x.State));
        Assert.Equal(["inst3.example.com", "inst1.example.com"], s.Moved.Select(m => m.Name));
    }

    [Fact]
    public async Task A_crash_between_sending_and_the_checkpoint_is_sorted_out_from_the_audit_log()
    {
        var c = FakeCluster.ThreeNodes().Instance("inst1.example.com", "diskless", Node2);
        long id;
        using (var first = Harness(c))
        {
            var rb = NodeMaintenanceRunbook.Start(first.Context, Node2, await OpsFixture.SnapshotAsync(c));
            id = rb.Id;
            // What SubmitAsync does up to the moment Ganeti answers, and the answer, but not the checkpoint after it.
            var action = rb.Current.Step("drain").Actions[0];
            var op = action.ToOperation($"gnt-tui: maintenance of node2 (runbook {id}): drain node2 (alice@laptop)");
            var sending = rb.Current.Step("drain") with
            {
                State = RunbookStepState.Running,
                Actions = [action with { State = RunbookActionState.Sending, Command = Engine.Operations.OperationRunner.CommandLine(op), SentAfterAuditId = 0 }],
            };
            first.Runbooks.Save(rb.Current with { Steps = [sending, .. rb.Current.Steps.Skip(1)] });
            await first.Runner.SubmitAsync(op, CancellationToken.None);
        }

        using var second = Harness(c);
        var s = await NodeMaintenanceRunbook.Resume(second.Context, id).AdvanceAsync(CancellationToken.None);

        var drain = s.Step("drain");
        Assert.Equal(RunbookStepState.Done, drain.State);
        Assert.Equal(c.Jobs[0].Id, drain.Actions[0].JobId);
        Assert.Single(c.Mutations, m => m[1] == "modify");
        Assert.Equal("success", second.Audit.Get(drain.Actions[0].AuditId!.Value)!.Status);
    }

    [Fact]
    public async Task A_crash_before_ganeti_answered_asks_the_operator_and_retry_sends_again()
    {
        var c = FakeCluster.ThreeNodes().Instance("inst1.example.com", "diskless", Node2);
        using var h = Harness(c);
        var rb = NodeMaintenanceRunbook.Start(h.Context, Node2, await OpsFixture.SnapshotAsync(c));
        var action = rb.Current.Step("drain").Actions[0];
        h.Audit.Begin("cluster.example.com", "alice@laptop", "drain", Node2, "gnt-node modify … (never answered)", "");
        var sending = rb.Current.Step("drain") with { State = RunbookStepState.Running, Actions = [action with { State = RunbookActionState.Sending, Command = "gnt-node modify -f --submit --drained yes node2.example.com", SentAfterAuditId = 0 }] };
        h.Runbooks.Save(rb.Current with { Steps = [sending, .. rb.Current.Steps.Skip(1)] });

        var resumed = NodeMaintenanceRunbook.Resume(h.Context, rb.Id);
        var s = await resumed.AdvanceAsync(CancellationToken.None);

        Assert.Equal(RunbookStepState.Failed, s.Step("drain").State);
        Assert.Equal(RunbookActionState.Unknown, s.Step("drain").Actions[0].State);
        Assert.Contains("check the job list", s.Step("drain").Message, StringComparison.Ordinal);
        Assert.Empty(c.Mutations);

        resumed.Retry("drain");
        s = await resumed.AdvanceAsync(CancellationToken.None);
        Assert.Equal(RunbookStepState.Done, s.Step("drain").State);
        Assert.Single(c.Mutations, m => m[1] == "modify");
    }
}
