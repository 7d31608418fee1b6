using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Store;

namespace GntTui.Lab.Tests;

/// <summary>Real operations on the lab through the Engine the console uses, each audited.</summary>
[Collection("lab")]
public sealed class LabOperationTests : ResettingLabTest
{
    public LabOperationTests() : base("engine")
    {
    }

    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(3);

    private static async Task<(GanetiInstance Instance, string Target)> PickAsync(LabCluster lab, string template)
    {
        var data = await lab.Client.FetchAsync(CancellationToken.None);
        var instance = data.Instances.First(i => i.DiskTemplate == template && i.Status == InstanceStatus.Running);
        var target = data.Nodes.First(n => n.Name != instance.PrimaryNode && !n.Offline && !n.Drained).Name;
        return (instance, target);
    }

    private static async Task<(JobOutcome Outcome, List<JobLogEntry> Seen)> RunAsync(LabCluster lab, GanetiOperation op)
    {
        using var cts = new CancellationTokenSource(JobTimeout);
        var submitted = await lab.Runner.SubmitAsync(op, cts.Token);
        Assert.True(submitted.JobId > 0);
        var seen = new List<JobLogEntry>();
        var outcome = await lab.Runner.FollowAsync(submitted.AuditId, submitted.JobId, e => { seen.Add(e); return ValueTask.CompletedTask; }, cts.Token);
        var row = lab.Audit.Get(submitted.AuditId)!;
        Assert.Equal(submitted.JobId, row.JobId);
        Assert.Equal(outcome.Status.ToString().ToLowerInvariant(), row.Status);
        // The audited command is the one sent: the dialog's, with the row's reason tag (the reconciler finds the job by it).
        Assert.Equal(OperationRunnerCommand(op), ReasonMarker.Untagged(row.Command));
        Assert.NotNull(ReasonMarker.Find(row.Command));
        Assert.Equal("lab-tests@localhost", row.Operator);
        Assert.NotNull(row.FinishedAt);
        return (outcome, seen);
    }

    private static string OperationRunnerCommand(GanetiOperation op) => Engine.Operations.OperationRunner.CommandLine(op);

    [LabFact]
    public async Task Live_migrating_a_sharedfile_instance_moves_its_primary()
    {
        await using var lab = new LabCluster();
        var (instance, target) = await PickAsync(lab, "sharedfile");

        var (outcome, seen) = await RunAsync(lab, new InstanceMigrate(instance.Name, "lab test: live migrate", targetNode: target));

        Assert.Equal(JobStatus.Success, outcome.Status);
        Assert.Contains(seen, e => e.Message.Contains("Migrating instance " + instance.Name, StringComparison.Ordinal));
        Assert.Contains(seen, e => e.Message == "* done");
        var after = (await lab.Client.ListInstancesAsync(CancellationToken.None)).Single(i => i.Name == instance.Name);
        Assert.Equal(target, after.PrimaryNode);
        Assert.Equal(InstanceStatus.Running, after.Status);
    }

    [LabFact]
    public async Task Failing_over_a_diskless_instance_moves_its_primary()
    {
        await using var lab = new LabCluster();
        var (instance, target) = await PickAsync(lab, "diskless");

        var (outcome, _) = await RunAsync(lab, new InstanceFailover(instance.Name, "lab test: failover", targetNode: target));

        Assert.Equal(JobStatus.Success, outcome.Status);
        var after = (await lab.Client.ListInstancesAsync(CancellationToken.None)).Single(i => i.Name == instance.Name);
        Assert.Equal(target, after.PrimaryNode);
    }

    [LabFact]
    public async Task Migrating_a_file_instance_fails_with_ganetis_message()
    {
        await using var lab = new LabCluster();
        var (instance, _) = await PickAsync(lab, "file");

        var (outcome, _) = await RunAsync(lab, new InstanceMigrate(instance.Name, "lab test: expected failure"));

        Assert.Equal(JobStatus.Error, outcome.Status);
        Assert.Contains("does not allow migrations", outcome.FailureText, StringComparison.Ordinal);
        var row = lab.Audit.Recent()[0];
        Assert.Contains("does not allow migrations", row.Message, StringComparison.Ordinal);
    }

    [LabFact]
    public async Task Read_only_mode_sends_nothing_and_audits_the_refusal()
    {
        await using var lab = new LabCluster(readOnly: true);
        var (instance, target) = await PickAsync(lab, "sharedfile");
        var jobsBefore = (await lab.Client.ListJobsAsync(CancellationToken.None)).Count;

        var e = await Assert.ThrowsAsync<GanetiException>(() => lab.Runner.SubmitAsync(new InstanceMigrate(instance.Name, targetNode: target), CancellationToken.None));

        Assert.Equal(GanetiErrorKind.ReadOnly, e.Kind);
        Assert.Equal(jobsBefore, (await lab.Client.ListJobsAsync(CancellationToken.None)).Count);
        Assert.Equal(AuditStatus.Refused, lab.Audit.Recent().Single().Status);
    }
}
