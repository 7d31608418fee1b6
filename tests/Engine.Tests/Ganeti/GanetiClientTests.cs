using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Ganeti;

public class GanetiClientTests
{
    private const string Nodes = "node1.example.com|M|N|N|Y|24105|624|22982|258019|79605|2|0|default\n";
    private const string Instances = "inst1.example.com|running|Y|up|node1.example.com||diskless|128|1|128\n";
    private const string Jobs = "1|success|CLUSTER_POST_INIT|[1795266172, 915152]|[1795266173, 89503]|[1795266173, 150088]\n";

    [Fact]
    public async Task One_refresh_is_one_round_trip()
    {
        var shell = new ScriptedShell()
            .On(GanetiQueries.NodeList(), Nodes)
            .On(GanetiQueries.InstanceList(), Instances)
            .On(GanetiQueries.JobList(), Jobs);

        var data = await new GanetiClient(shell).FetchAsync(CancellationToken.None);

        Assert.Equal(1, shell.BatchCalls);
        Assert.Single(data.Nodes);
        Assert.Single(data.Instances);
        Assert.Single(data.Jobs);
        Assert.Empty(data.Problems);
    }

    [Fact]
    public async Task Not_the_master_is_a_typed_error()
    {
        var shell = new ScriptedShell()
            .On(GanetiQueries.NodeList(), "", 1, Fixture.Ganeti("79"))
            .On(GanetiQueries.InstanceList(), "", 1, Fixture.Ganeti("79"))
            .On(GanetiQueries.JobList(), Jobs);

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).FetchAsync(CancellationToken.None));

        Assert.Equal(GanetiErrorKind.NotMaster, e.Kind);
        Assert.Contains("node1.example.com", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_that_is_all_garbage_is_unparseable()
    {
        var shell = new ScriptedShell()
            .On(GanetiQueries.NodeList(), "<html><body>proxy error</body></html>\n")
            .On(GanetiQueries.InstanceList(), Instances)
            .On(GanetiQueries.JobList(), Jobs);

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).FetchAsync(CancellationToken.None));

        Assert.Equal(GanetiErrorKind.Unparseable, e.Kind);
    }

    [Fact]
    public async Task Submitting_returns_the_job_id()
    {
        var op = new InstanceMigrate("inst1.example.com", "test");
        var shell = new ScriptedShell().On(op.BuildArgv(), "JobID: 38\n");

        Assert.Equal(38, await new GanetiClient(shell).SubmitAsync(op, CancellationToken.None));
    }

    private static readonly GanetiOperation[] AllKinds =
    [
        new InstanceStartup("i.example.com"),
        new InstanceShutdown("i.example.com"),
        new InstanceReboot("i.example.com"),
        new InstanceMigrate("i.example.com"),
        new InstanceFailover("i.example.com"),
        new InstanceReplaceDisks("i.example.com", ReplaceDisksMode.Auto),
        new NodeMigrate("n.example.com"),
        new NodeEvacuate("n.example.com", true),
        new NodeSetDrained("n.example.com", true),
        new NodeSetOffline("n.example.com", true),
        new NodeSetMasterCandidate("n.example.com", false),
        new JobCancel(5),
        new InstanceActivateDisks("i.example.com"),
        new ClusterSetDrbdResyncRate(61440),
    ];

    [Fact]
    public async Task The_job_id_is_read_from_stderr_where_ganeti_prints_it()
    {
        var op = new InstanceMigrate("inst1.example.com", "test");
        var shell = new ScriptedShell().On(op.BuildArgv(), "", 0, "JobID: 20\n");

        Assert.Equal(20, await new GanetiClient(shell).SubmitAsync(op, CancellationToken.None));
    }

    [Theory]
    [InlineData("", "No instances to evacuate on node(s) node3.example.com, exiting.\n")]
    [InlineData("No primary instances on node node3.example.com, exiting.\n", "")]
    public async Task A_node_with_nothing_to_move_is_nothing_to_do_not_a_garbled_answer(string stdout, string stderr)
    {
        var op = new NodeEvacuate("node3.example.com", false);
        var shell = new ScriptedShell().On(op.BuildArgv(), stdout, 0, stderr);

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).SubmitAsync(op, CancellationToken.None));

        Assert.Equal(GanetiErrorKind.NothingToDo, e.Kind);
        Assert.Contains("node3.example.com", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<GanetiOperation> EveryKind => new(AllKinds);

    [Theory]
    [MemberData(nameof(EveryKind))]
    public async Task Read_only_refuses_every_mutation_without_sending_anything(GanetiOperation op)
    {
        var shell = new ScriptedShell();

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell, readOnly: true).SubmitAsync(op, CancellationToken.None));

        Assert.Equal(GanetiErrorKind.ReadOnly, e.Kind);
        Assert.Empty(shell.Calls);
    }

    [Fact]
    public void Every_operation_kind_is_covered_by_the_read_only_test()
    {
        var covered = AllKinds.Select(op => op.Kind).ToHashSet();
        Assert.Equal(Enum.GetValues<OperationKind>().ToHashSet(), covered);
    }

    [Fact]
    public async Task A_failed_submit_carries_ganetis_message()
    {
        var op = new InstanceMigrate("inst2.example.com");
        var shell = new ScriptedShell().On(op.BuildArgv(), "", 1, Fixture.Ganeti("27"));

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).SubmitAsync(op, CancellationToken.None));

        Assert.Equal("Instance's disk layout 'file' does not allow migrations", e.Message);
    }

    [Fact]
    public async Task Follows_a_job_to_success_with_its_log()
    {
        var shell = new ScriptedShell()
            .On(GanetiQueries.JobWatch(38), Fixture.Ganeti("32"))
            .On([.. GanetiQueries.JobList(), "38"], "38|success|INSTANCE_MIGRATE(inst1.example.com)|[1, 0]|[2, 0]|[3, 0]\n");
        var seen = new List<JobLogEntry>();

        var outcome = await new JobFollower(new GanetiClient(shell), TimeSpan.Zero).FollowAsync(38, e => { seen.Add(e); return ValueTask.CompletedTask; }, CancellationToken.None);

        Assert.Equal(JobStatus.Success, outcome.Status);
        Assert.Equal(12, seen.Count);
        Assert.Null(outcome.FailureText);
    }

    [Fact]
    public async Task Follows_a_failed_job_to_error_with_ganetis_message()
    {
        var shell = new ScriptedShell()
            .On(GanetiQueries.JobWatch(55), Fixture.Ganeti("49"), 1)
            .On([.. GanetiQueries.JobList(), "55"], "55|error|INSTANCE_MIGRATE(inst4.example.com)|[1, 0]|[2, 0]|[3, 0]\n");

        var outcome = await new JobFollower(new GanetiClient(shell), TimeSpan.Zero).FollowAsync(55, null, CancellationToken.None);

        Assert.Equal(JobStatus.Error, outcome.Status);
        Assert.Contains("Node is marked offline", outcome.FailureText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_printed_on_stderr_is_ganetis_message()
    {
        var shell = new ScriptedShell()
            .On(GanetiQueries.JobWatch(24), "Output from job 24 follows\n--------------------------\n", 1,
                "Job 24 failed: Failure: prerequisites not met for this operation:\nerror type: wrong_state, error details:\nInstance's disk layout 'file' does not allow migrations\n")
            .On([.. GanetiQueries.JobList(), "24"], "24|error|INSTANCE_MIGRATE(inst2.example.com)|[1, 0]|[2, 0]|[3, 0]\n");

        var outcome = await new JobFollower(new GanetiClient(shell), TimeSpan.Zero).FollowAsync(24, null, CancellationToken.None);

        Assert.Equal(JobStatus.Error, outcome.Status);
        Assert.EndsWith("Instance's disk layout 'file' does not allow migrations", outcome.FailureText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_watch_is_reattached_without_repeating_lines()
    {
        var watchCalls = 0;
        var full = Fixture.Ganeti("32");
        var firstHalf = string.Join('\n', full.Split('\n').Take(6));
        var shell = new ScriptedShell()
            .On(GanetiQueries.JobWatch(38), () => ++watchCalls == 1
                ? new CommandResult(0, firstHalf, "", TimeSpan.Zero)
                : new CommandResult(0, full, "", TimeSpan.Zero))
            .On(GanetiQueries.JobWatch(38), () => new CommandResult(0, full, "", TimeSpan.Zero))
            .On([.. GanetiQueries.JobList(), "38"], "38|running|X|[1, 0]|[2, 0]|None\n")
            .On([.. GanetiQueries.JobList(), "38"], "38|success|X|[1, 0]|[2, 0]|[3, 0]\n");
        var seen = new List<string>();

        var outcome = await new JobFollower(new GanetiClient(shell), TimeSpan.Zero).FollowAsync(38, e => { seen.Add(e.Message); return ValueTask.CompletedTask; }, CancellationToken.None);

        Assert.Equal(JobStatus.Success, outcome.Status);
        Assert.Equal(12, seen.Count);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
    }
}
