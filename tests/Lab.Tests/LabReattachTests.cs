using GntTui.Engine.Ganeti;
using GntTui.Engine.Store;

namespace GntTui.Lab.Tests;

/// <summary>
/// The console is killed (SIGKILL) right after Ganeti took its job; the next console over the same
/// state file finds the job in the audit trail and follows it to its true end. The killed console
/// is a real child process running the Engine (a .NET file-based app built from
/// Fixtures/submit-then-follow.cs.txt, ~13 s to build the first time).
/// </summary>
[Collection("lab")]
public sealed class LabReattachTests : ResettingLabTest
{
    public LabReattachTests() : base("kill")
    {
    }

    [LabFact]
    public async Task A_job_whose_console_was_killed_is_followed_to_its_true_end_by_the_next_one()
    {
        var submittedLine = await LabChild.RunUntilKilledAsync(LabChild.Write(Dir, "submit-then-follow"), [Dir, LabEnvironment.SshTarget, "inst3.example.com", "node1.example.com"], "SUBMITTED ", TimeSpan.FromMinutes(4));
        var statusAtKill = await LabCluster.BareSshAsync("gnt-job", "list", "--no-headers", "-o", "status", submittedLine.Split(' ')[2]);
        var jobId = long.Parse(submittedLine.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Console.WriteLine($"job {jobId} was {statusAtKill.Trim()} when its console was killed");

        await using var next = new LabEngine(Dir);
        var open = Assert.Single(next.Runner.Unfinished());
        Assert.Equal((jobId, AuditStatus.Submitted, "lab-child@localhost"), (open.JobId, open.Status, open.Operator));

        var outcome = await next.Runner.FollowAsync(open.Id, jobId, null, CancellationToken.None);

        var truth = (await next.Client.GetJobAsync(jobId, CancellationToken.None))!;
        Assert.Equal(truth.Status, outcome.Status);
        Assert.Equal(JobStatus.Success, outcome.Status);
        Assert.Equal("node1.example.com", (await next.InstanceAsync("inst3.example.com")).PrimaryNode);
        next.AssertAuditComplete();
        Assert.Equal("success", next.Audit.Get(open.Id)!.Status);
        Assert.Empty(next.Runner.Unfinished());

        // The child's shared SSH connection outlives it (ControlPersist): close it.
        await using var childShell = new Engine.Remote.OpenSshShell(new Engine.Remote.SshOptions { Target = LabEnvironment.SshTarget, ControlDirectory = Path.Combine(Dir, "child-ctl") });
    }
}
