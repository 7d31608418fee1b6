using GntTui.Engine.Ganeti;
using GntTui.Engine.Store;

namespace GntTui.Lab.Tests;

/// <summary>
/// Issue 15 item 2 on real Ganeti: the console is killed (SIGKILL) after Ganeti took its job and
/// before the job id reached the audit row. The next console over the same state file finds the job
/// by the tag in its reason (gnt-job info's reason trail), writes the id and follows it to its end.
/// </summary>
[Collection("lab")]
public sealed class LabCrashReconcileTests : ResettingLabTest
{
    public LabCrashReconcileTests() : base("crash")
    {
    }

    [LabFact]
    public async Task A_row_left_sending_by_a_kill_is_found_on_the_cluster_by_its_tag_and_followed_to_its_end()
    {
        var sent = await LabChild.RunUntilKilledAsync(LabChild.Write(Dir, "submit-then-die"), [Dir, LabEnvironment.SshTarget, "inst3.example.com", "node1.example.com"], "SENT ", TimeSpan.FromMinutes(4));

        var jobId = long.Parse(sent.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        await using var next = new LabEngine(Dir);
        var left = Assert.Single(next.Audit.Unsent(LabEngine.Cluster));
        Assert.Equal((AuditStatus.Sending, (long?)null), (left.Status, left.JobId));

        var found = Assert.Single(await next.Runner.ReconcileAsync(CancellationToken.None));
        Assert.Equal(jobId, found.JobId);
        var open = Assert.Single(next.Runner.Unfinished());
        var outcome = await next.Runner.FollowAsync(open.Id, jobId, null, CancellationToken.None);

        Assert.Equal(JobStatus.Success, outcome.Status);
        Assert.Equal("success", next.Audit.Get(open.Id)!.Status);
        Assert.Equal(jobId, next.Audit.Get(open.Id)!.JobId);
        next.AssertAuditComplete();

        // The child's shared SSH connection outlives it (ControlPersist): close it.
        await using var childShell = new Engine.Remote.OpenSshShell(new Engine.Remote.SshOptions { Target = LabEnvironment.SshTarget, ControlDirectory = Path.Combine(Dir, "child-ctl") });
    }
}
