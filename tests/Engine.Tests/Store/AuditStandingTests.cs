using GntTui.Engine.Ganeti;
using GntTui.Engine.Store;

namespace GntTui.Engine.Tests.Store;

/// <summary>Both displays of the audit trail colour a status by this one reading; they used to disagree on "refused".</summary>
public sealed class AuditStandingTests
{
    [Theory]
    [InlineData(AuditStatus.Sending, AuditStanding.Open)]
    [InlineData(AuditStatus.Submitted, AuditStanding.Open)]
    [InlineData("success", AuditStanding.Succeeded)]
    [InlineData(DrbdHistory.ObservedStatus, AuditStanding.Succeeded)]
    [InlineData("canceled", AuditStanding.Quiet)]
    [InlineData(AuditStatus.Refused, AuditStanding.Quiet)]
    [InlineData(AuditStatus.NothingToDo, AuditStanding.Quiet)]
    [InlineData("error", AuditStanding.Failed)]
    [InlineData(AuditStatus.SubmitFailed, AuditStanding.Failed)]
    [InlineData("something new", AuditStanding.Failed)]
    public void Each_stored_status_has_one_standing(string status, AuditStanding expected) =>
        Assert.Equal(expected, AuditStatus.Standing(status));

    [Fact]
    public void A_job_status_is_read_as_the_runner_writes_it()
    {
        // OperationRunner stores outcome.Status.ToString().ToLowerInvariant().
        Assert.Equal(AuditStanding.Succeeded, AuditStatus.Standing(JobStatus.Success.ToString().ToLowerInvariant()));
        Assert.Equal(AuditStanding.Quiet, AuditStatus.Standing(JobStatus.Canceled.ToString().ToLowerInvariant()));
        Assert.Equal(AuditStanding.Failed, AuditStatus.Standing(JobStatus.Error.ToString().ToLowerInvariant()));
    }
}
