using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Operations;

public sealed class VerifyAndNotificationTests
{
    [Fact]
    public async Task Verify_findings_say_what_to_jump_to()
    {
        var shell = new ScriptedShell().On(["gnt-cluster", "verify", "--error-codes"], Fixture.Ganeti("03"), exitCode: 1);

        var report = await new ClusterVerification(new GanetiClient(shell)).RunAsync(null, CancellationToken.None);

        Assert.Equal(3, report.Errors);
        Assert.False(report.IsClean);
        var first = report.Items[0];
        Assert.Equal((VerifySeverity.Error, "ENODESETUP", VerifyObjectKind.Node, "node1.example.com"), (first.Severity, first.Code, first.ObjectKind, first.ObjectName));
        Assert.True(first.CanJump);
        Assert.Single(report.About(VerifyObjectKind.Node, "node2.example.com"));
        var notice = report.Items[^1];
        Assert.Equal((VerifySeverity.Notice, "2 non-redundant instance(s) found.", false), (notice.Severity, notice.Message, notice.CanJump));
    }

    [Fact]
    public async Task Ignored_codes_are_passed_on_and_come_back_as_warnings()
    {
        const string output = "Sat Nov 21 14:09:18 2026   - WARNING:ENODESETUP:node:node2.example.com:node setup error: x\n"
            + "Sat Nov 21 14:09:18 2026   - ERROR:EINSTANCEWRONGNODE:instance:inst3.example.com:instance should not run on node node3.example.com\n";
        var shell = new ScriptedShell().On(["gnt-cluster", "verify", "--error-codes", "--ignore-errors=ENODESETUP"], output, exitCode: 1);

        var report = await new ClusterVerification(new GanetiClient(shell)).RunAsync(["ENODESETUP"], CancellationToken.None);

        Assert.Equal((1, 1), (report.Errors, report.Warnings));
        Assert.Equal(VerifyObjectKind.Instance, report.Items[0].ObjectKind);
        Assert.Equal("1 error(s), 1 warning(s) (ENODESETUP demoted to warnings)", report.Summary);
        Assert.Throws<ArgumentException>(() => ClusterVerification.Argv(["ENODESETUP; rm -rf /"]));
    }

    [Fact]
    public async Task A_verify_that_could_not_run_is_an_error_with_ganetis_message()
    {
        var shell = new ScriptedShell().On(["gnt-cluster", "verify", "--error-codes"], "", exitCode: 1, stderr: Fixture.Ganeti("79"));

        var e = await Assert.ThrowsAsync<GanetiException>(() => new ClusterVerification(new GanetiClient(shell)).RunAsync(null, CancellationToken.None));

        Assert.Equal(GanetiErrorKind.NotMaster, e.Kind);
    }

    [Fact]
    public void A_failed_job_notifies_with_ganetis_last_words()
    {
        var outcome = new JobOutcome(55, JobStatus.Error, "Failure: prerequisites not met for this operation:\nerror type: environment_error, error details:\nCan't get data from node node3.example.com: Node is marked offline", []);

        var n = JobNotification.ForOutcome(new InstanceMigrate("inst4.example.com"), outcome);

        Assert.Equal("gnt-tui: migrate inst4 failed", n.Title);
        Assert.Equal("job 55: Can't get data from node node3.example.com: Node is marked offline", n.Body);
        Assert.Equal(NoticeLevel.Error, n.Level);
    }

    [Fact]
    public void A_success_and_a_group_read_naturally()
    {
        var ok = JobNotification.ForOutcome(new NodeSetDrained("node2.example.com", true), new JobOutcome(12, JobStatus.Success, null, []), TimeSpan.FromSeconds(1.62));
        var group = JobNotification.ForGroup(new JobGroupStatus("migrate 2", [new JobGroupRow(0, new InstanceMigrate("inst1.example.com"), JobRowState.Succeeded), new JobGroupRow(1, new InstanceMigrate("inst2.example.com"), JobRowState.Failed)]));

        Assert.Equal(("gnt-tui: drain node2 succeeded", "job 12 in 1.6 s"), (ok.Title, ok.Body));
        Assert.Equal(("gnt-tui: migrate 2 finished", "1 succeeded, 1 failed"), (group.Title, group.Body));
    }
}
