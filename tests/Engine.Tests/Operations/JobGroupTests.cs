using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;

namespace GntTui.Engine.Tests.Operations;

public sealed class JobGroupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-group-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Db => Path.Combine(_dir, "state.db");

    private static FakeCluster Cluster() => FakeCluster.ThreeNodes()
        .Instance("inst1.example.com", "diskless", "node1.example.com")
        .Instance("inst2.example.com", "file", "node2.example.com")
        .Instance("inst3.example.com", "sharedfile", "node3.example.com");

    [Fact]
    public async Task One_job_per_row_in_order_each_with_its_own_end_and_ganetis_message()
    {
        var c = Cluster();
        using var h = new RunbookHarness(c, Db);
        var group = new JobGroup(h.Runner, "migrate 3 instances",
        [
            new InstanceMigrate("inst1.example.com", targetNode: "node2.example.com"),
            new InstanceMigrate("inst2.example.com"),
            new InstanceMigrate("inst3.example.com", targetNode: "node1.example.com"),
        ]);
        var seen = new List<JobGroupStatus>();
        group.Changed += seen.Add;

        var status = await group.RunAsync(CancellationToken.None);

        Assert.Equal(["inst1.example.com", "inst2.example.com", "inst3.example.com"], c.Mutations.Select(m => m[^1]));
        Assert.Equal([JobRowState.Succeeded, JobRowState.Failed, JobRowState.Succeeded], status.Rows.Select(r => r.State));
        Assert.Equal("Failure: prerequisites not met for this operation:\nerror type: wrong_state, error details:\nInstance's disk layout 'file' does not allow migrations", status.Rows[1].Message);
        Assert.Equal("* done", status.Rows[0].LastLine);
        Assert.True(status.IsFinished);
        Assert.Equal("2 succeeded, 1 failed", status.Summary);
        Assert.Contains(seen, s => s.Rows[0].State == JobRowState.Sending);
        Assert.Equal(["success", "error", "success"], h.Audit.Recent().OrderBy(a => a.Id).Select(a => a.Status));
        Assert.All(status.Rows, r => Assert.Equal(c.Jobs[r.Index].Id, r.JobId));
    }

    [Fact]
    public async Task Jobs_are_followed_concurrently_not_one_after_another()
    {
        var c = Cluster();
        c.Hold.Add("inst1.example.com");
        using var h = new RunbookHarness(c, Db);
        var group = new JobGroup(h.Runner, "two", [new InstanceMigrate("inst1.example.com", targetNode: "node2.example.com"), new InstanceMigrate("inst3.example.com", targetNode: "node1.example.com")]);

        var run = group.RunAsync(CancellationToken.None);
        await Eventually(() => group.Current.Rows[1].State == JobRowState.Succeeded);

        Assert.Equal(JobRowState.Running, group.Current.Rows[0].State);
        c.Release("inst1.example.com");
        var status = await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(status.Rows, r => Assert.Equal(JobRowState.Succeeded, r.State));
    }

    [Fact]
    public async Task Stopping_the_console_leaves_the_rows_to_be_reattached_from_the_audit_log()
    {
        var c = Cluster();
        c.Hold.Add("inst1.example.com");
        using var h = new RunbookHarness(c, Db);
        using var cts = new CancellationTokenSource();
        var group = new JobGroup(h.Runner, "one", [new InstanceMigrate("inst1.example.com", targetNode: "node2.example.com")]);

        var run = group.RunAsync(cts.Token);
        await Eventually(() => group.Current.Rows[0].State == JobRowState.Running);
        await cts.CancelAsync();
        var status = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(JobRowState.Lost, status.Rows[0].State);
        var open = Assert.Single(h.Runner.Unfinished());
        Assert.Equal(status.Rows[0].JobId, open.JobId);
    }

    [Fact]
    public async Task Cancel_goes_through_for_a_queued_job_and_is_refused_for_a_running_one()
    {
        var c = Cluster();
        c.Hold.Add("inst1.example.com");
        c.Hold.Add("inst3.example.com");
        using var h = new RunbookHarness(c, Db);
        var running = await h.Client.SubmitAsync(new InstanceMigrate("inst1.example.com", targetNode: "node2.example.com"), CancellationToken.None);
        c.HeldStatus = JobStatus.Queued;
        var queued = await h.Client.SubmitAsync(new InstanceMigrate("inst3.example.com", targetNode: "node1.example.com"), CancellationToken.None);
        var canceller = new JobCanceller(h.Runner, h.Client);

        var refused = await Assert.ThrowsAsync<GanetiException>(() => canceller.CancelAsync(running, CancellationToken.None));
        var sent = await canceller.CancelAsync(queued, CancellationToken.None);
        var outcome = await h.Runner.FollowAsync(sent.AuditId, sent.JobId, null, CancellationToken.None);

        Assert.Equal($"job {running} is running: Ganeti cancels only queued or waiting jobs", refused.Message);
        Assert.Equal(["gnt-job", "cancel", queued.ToString(System.Globalization.CultureInfo.InvariantCulture)], c.Mutations[^1]);
        Assert.Equal(JobStatus.Canceled, outcome.Status);
        var rows = h.Audit.Recent();
        Assert.Equal(AuditStatus.Refused, rows.Single(r => r.Target == $"job {running}").Status);
        Assert.Equal("canceled", rows.Single(r => r.Target == $"job {queued}").Status);
    }

    internal static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }
        Assert.True(condition(), "condition not met within 5 s");
    }
}
