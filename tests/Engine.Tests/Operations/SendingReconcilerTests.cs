using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Engine.Tests.Fakes;
using GntTui.Simulator;

namespace GntTui.Engine.Tests.Operations;

/// <summary>The reconciler against Ganeti's real <c>gnt-job info</c> text (fixture 33, job 38, with the gnt:user entry a --reason adds).</summary>
public sealed class SendingReconcilerTests : IDisposable
{
    private const string Tag = "0123456789ab";
    private const long FailedJobId = 55;
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-reconciler-").FullName;
    private readonly SimClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(1795266260));
    private readonly StateStore _store;
    private readonly AuditLog _audit;

    public SendingReconcilerTests()
    {
        _store = new StateStore(Path.Combine(_dir, "state.db"));
        _audit = new AuditLog(_store, _clock);
    }

    /// <summary>Fixture 33 as Ganeti prints it when the job was sent with <c>--reason 'kernel upgrade [gnt-tui #…]'</c> (cli._InitReasonTrail puts gnt:user first).</summary>
    private static string Job38WithReason(string tag) => Fixture.Ganeti("33").Replace(
        "        reason: \n          - - gnt:client:gnt-instance",
        $"        reason: \n          - - gnt:user\n            - kernel upgrade {ReasonMarker.Tag(tag)}\n            - 1795266261458959000\n          - - gnt:client:gnt-instance",
        StringComparison.Ordinal);

    private const string JobList38 = "37|success|INSTANCE_MIGRATE(inst2.example.com)|[1795266250, 0]|[1795266251, 0]|[1795266252, 0]\n"
        + "38|success|INSTANCE_MIGRATE(inst1.example.com)|[1795266261, 598261]|[1795266262, 105754]|[1795266263, 459786]\n";

    [Fact]
    public void Gnt_job_info_of_several_jobs_is_cut_at_each_job_id()
    {
        var text = Fixture.Ganeti("48") + "- Job ID 99 not found\n" + Fixture.Ganeti("33");

        var blocks = JobInfoBlocks.Split(text);

        Assert.Equal([FailedJobId, 38], blocks.Select(b => b.Id));
        Assert.DoesNotContain("not found", blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("- Job ID: 38\n", blocks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_job_carrying_the_rows_tag_gets_its_id_written()
    {
        var id = Sending(Tag);
        var shell = new ScriptedShell()
            .On(GanetiQueries.JobList(), JobList38)
            .On(GanetiQueries.JobInfo([38, 37]), Fixture.Ganeti("48") + Job38WithReason(Tag));

        var done = await new SendingReconciler(new GanetiClient(shell), _audit, "c").ReconcileAsync(CancellationToken.None);

        var r = Assert.Single(done);
        Assert.Equal(38, r.JobId);
        var row = _audit.Get(id)!;
        Assert.Equal((AuditStatus.Submitted, (long?)38), (row.Status, row.JobId));
    }

    [Fact]
    public async Task No_job_with_the_tag_once_the_row_is_past_the_grace_closes_it_as_not_found()
    {
        var id = Sending("ba9876543210");
        _clock.Advance(TimeSpan.FromMinutes(2));
        var shell = new ScriptedShell()
            .On(GanetiQueries.JobList(), JobList38)
            .On(GanetiQueries.JobInfo([38, 37]), Job38WithReason(Tag));

        var done = await new SendingReconciler(new GanetiClient(shell), _audit, "c").ReconcileAsync(CancellationToken.None);

        Assert.False(Assert.Single(done).Found);
        var row = _audit.Get(id)!;
        Assert.Equal((AuditStatus.NotFound, SendingReconciler.NotFoundMessage), (row.Status, row.Message));
    }

    [Fact]
    public async Task When_the_cluster_cannot_be_asked_the_row_stays_for_the_next_start()
    {
        var id = Sending(Tag);
        var shell = new ScriptedShell().On(GanetiQueries.JobList(), "", exitCode: 255, stderr: "ssh: connect to host master port 22: Connection refused\n");

        await Assert.ThrowsAnyAsync<Exception>(() => new SendingReconciler(new GanetiClient(shell), _audit, "c").ReconcileAsync(CancellationToken.None));

        Assert.Equal(AuditStatus.Sending, _audit.Get(id)!.Status);
    }

    [Fact]
    public void A_reason_outside_printable_ascii_is_named_and_plain_ascii_passes()
    {
        Assert.Null(ReasonText.Problem("gnt-tui: migrate inst1 off node2 (alice@laptop) [gnt-tui #0123456789ab]"));
        Assert.Contains("'é' (U+00E9) at character 4", ReasonText.Problem("café"), StringComparison.Ordinal);
        Assert.Contains("'😀' (U+1F600) at character 3", ReasonText.Problem("ok😀"), StringComparison.Ordinal);
        Assert.Contains("U+0009 at character 2", ReasonText.Problem("a\tb"), StringComparison.Ordinal);
        Assert.Contains("U+00A0", ReasonText.Problem("a\u00a0b"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_tag_is_found_in_a_quoted_command_and_taken_off_again()
    {
        var op = new InstanceMigrate("inst1.example.com", ReasonMarker.Mark("kernel upgrade", Tag));
        var command = OperationRunner.CommandLine(op);
        Assert.Equal(Tag, ReasonMarker.Find(command));
        Assert.Equal(OperationRunner.CommandLine(new InstanceMigrate("inst1.example.com", "kernel upgrade")), ReasonMarker.Untagged(command));
        var bare = OperationRunner.CommandLine(new InstanceMigrate("inst1.example.com", ReasonMarker.Mark("", Tag)));
        Assert.Equal(OperationRunner.CommandLine(new InstanceMigrate("inst1.example.com", "")), ReasonMarker.Untagged(bare));
        Assert.Matches("^[0-9a-f]{12}$", ReasonMarker.New());
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private long Sending(string tag)
    {
        var op = new InstanceMigrate("inst1.example.com", ReasonMarker.Mark("kernel upgrade", tag));
        return _audit.Begin("c", "alice@laptop", op.Verb, op.TargetName, OperationRunner.CommandLine(op), "kernel upgrade");
    }
}
