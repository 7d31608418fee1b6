using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Ganeti;

/// <summary>
/// Every mutating command the Engine sends, as real Ganeti 3.0.2 answered it in the lab
/// (Fixtures/ganeti/submit, written by tests/lab/capture-submit.sh): the Engine's argv is the captured
/// one, and the client reads the job id Ganeti printed or names Ganeti's refusal.
/// </summary>
public class SubmitCaptureTests
{
    private const string I1 = "inst1.example.com", I2 = "inst2.example.com", I3 = "inst3.example.com", I4 = "inst4.example.com";
    private const string N1 = "node1.example.com", N2 = "node2.example.com", N3 = "node3.example.com", NX = "nosuch.example.com";

    /// <summary>Each capture of an argv the Engine builds, with the operation that builds it.</summary>
    private static readonly Dictionary<string, GanetiOperation> Sent = new(StringComparer.Ordinal)
    {
        ["instance-startup-running"] = new InstanceStartup(I4),
        ["instance-shutdown"] = new InstanceShutdown(I4, "lab capture"),
        ["instance-shutdown-stopped"] = new InstanceShutdown(I4),
        ["instance-reboot-stopped"] = new InstanceReboot(I4),
        ["instance-startup"] = new InstanceStartup(I4),
        ["instance-reboot"] = new InstanceReboot(I4),
        ["instance-reboot-hard"] = new InstanceReboot(I4, "", RebootType.Hard),
        ["instance-shutdown-timeout"] = new InstanceShutdown(I4, "", 30),
        ["instance-startup-after"] = new InstanceStartup(I4),
        ["instance-startup-unknown"] = new InstanceStartup(NX),
        ["instance-shutdown-unknown"] = new InstanceShutdown(NX),
        ["instance-reboot-unknown"] = new InstanceReboot(NX),
        ["instance-migrate"] = new InstanceMigrate(I1, targetNode: N3),
        ["instance-migrate-non-live"] = new InstanceMigrate(I1, targetNode: N1, nonLive: true),
        ["instance-migrate-cleanup"] = new InstanceMigrate(I1, cleanup: true),
        ["instance-migrate-iallocator"] = new InstanceMigrate(I3, iallocator: "hail"),
        ["instance-migrate-file"] = new InstanceMigrate(I2),
        ["instance-migrate-unknown"] = new InstanceMigrate(NX),
        ["instance-failover"] = new InstanceFailover(I1, targetNode: N2),
        ["instance-failover-file"] = new InstanceFailover(I2),
        ["instance-failover-ignore-consistency-no-tty"] = new InstanceFailover(I1, ignoreConsistency: true),
        ["instance-replace-disks-auto"] = new InstanceReplaceDisks(I2, ReplaceDisksMode.Auto),
        ["instance-replace-disks-primary"] = new InstanceReplaceDisks(I2, ReplaceDisksMode.Primary),
        ["instance-replace-disks-secondary"] = new InstanceReplaceDisks(I2, ReplaceDisksMode.Secondary),
        ["instance-replace-disks-new-secondary"] = new InstanceReplaceDisks(I2, ReplaceDisksMode.NewSecondary, newSecondary: N3),
        ["instance-replace-disks-iallocator"] = new InstanceReplaceDisks(I2, ReplaceDisksMode.NewSecondary, iallocator: "hail"),
        ["instance-activate-disks"] = new InstanceActivateDisks(I2),
        ["instance-activate-disks-diskless"] = new InstanceActivateDisks(I4),
        ["instance-activate-disks-unknown"] = new InstanceActivateDisks(NX),
        ["node-drain"] = new NodeSetDrained(N3, true),
        ["node-undrain"] = new NodeSetDrained(N3, false),
        ["node-drain-unknown"] = new NodeSetDrained(NX, true),
        ["node-master-candidate-off"] = new NodeSetMasterCandidate(N3, false),
        ["node-master-candidate-on"] = new NodeSetMasterCandidate(N3, true),
        ["node-master-candidate-off-master"] = new NodeSetMasterCandidate(N1, false),
        ["node-offline"] = new NodeSetOffline(N3, true),
        ["node-online"] = new NodeSetOffline(N3, false),
        ["node-migrate"] = new NodeMigrate(N3),
        ["node-migrate-non-live"] = new NodeMigrate(N1, "", NonLive: true),
        ["node-migrate-nothing"] = new NodeMigrate(N1),
        ["node-migrate-unknown"] = new NodeMigrate(NX),
        ["node-evacuate-primary"] = new NodeEvacuate(N1, true),
        ["node-evacuate-secondary"] = new NodeEvacuate(N1, false),
        ["node-evacuate-unknown"] = new NodeEvacuate(NX, true),
        ["job-cancel-waiting"] = new JobCancel(70),
        ["job-cancel-finished"] = new JobCancel(70),
        ["job-cancel-unknown"] = new JobCancel(999999),
        ["cluster-resync-rate"] = new ClusterSetDrbdResyncRate(61440),
    };

    /// <summary>Captures of what the Engine does not send, kept for what Ganeti answers without -f or a terminal, and verify.</summary>
    private static readonly HashSet<string> NotSent = new(StringComparer.Ordinal)
    {
        "instance-migrate-no-force", "instance-failover-no-force", "node-online-no-force", "cluster-verify", "cluster-verify-ignore",
    };

    public static TheoryData<string> SentCaptures => new(Sent.Keys);

    [Fact]
    public void Every_capture_is_either_a_command_the_engine_sends_or_a_known_extra()
    {
        Assert.Equal(SubmitCapture.Names().Order(StringComparer.Ordinal), Sent.Keys.Concat(NotSent).Order(StringComparer.Ordinal));
        Assert.Equal(Enum.GetValues<OperationKind>().ToHashSet(), Sent.Values.Select(o => o.Kind).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(SentCaptures))]
    public void The_engines_argv_is_the_captured_one(string name)
    {
        Assert.Equal(SubmitCapture.Load(name).Argv, string.Join(' ', Sent[name].BuildArgv()));
    }

    [Theory]
    [MemberData(nameof(SentCaptures))]
    public async Task The_client_reads_the_job_ganeti_queued_or_names_its_refusal(string name)
    {
        var capture = SubmitCapture.Load(name);
        var op = Sent[name];
        var shell = new ScriptedShell().On(op.BuildArgv(), capture.Stdout, capture.ExitCode, capture.Stderr);
        var client = new GanetiClient(shell);

        if (op is JobCancel cancel && capture.ExitCode == 0)
        {
            Assert.Equal(cancel.JobId, await client.SubmitAsync(op, CancellationToken.None));
        }
        else if (capture.JobStatus.Count == 1)
        {
            Assert.Equal(capture.JobStatus.Keys.Single(), await client.SubmitAsync(op, CancellationToken.None));
        }
        else
        {
            var e = await Assert.ThrowsAsync<GanetiException>(() => client.SubmitAsync(op, CancellationToken.None));
            Assert.Equal(ExpectedRefusal(name), e.Kind);
            Assert.NotEqual("", e.Message);
        }
    }

    private static GanetiErrorKind ExpectedRefusal(string name) => name switch
    {
        "node-migrate-nothing" or "node-evacuate-secondary" or "node-evacuate-unknown" => GanetiErrorKind.NothingToDo,
        "instance-startup-unknown" or "instance-shutdown-unknown" or "instance-reboot-unknown" => GanetiErrorKind.PrerequisitesNotMet,
        "instance-failover-ignore-consistency-no-tty" => GanetiErrorKind.PromptWithoutTerminal,
        _ => GanetiErrorKind.OperationFailed,
    };

    [Theory]
    [InlineData("instance-startup", 23L, "inst4.example.com")]
    [InlineData("instance-shutdown", 20L, "inst4.example.com")]
    [InlineData("instance-reboot-hard", 25L, "inst4.example.com")]
    public void Startup_shutdown_and_reboot_print_one_id_colon_name_line_on_stdout(string name, long id, string instance)
    {
        var capture = SubmitCapture.Load(name);

        Assert.Equal($"{id}: {instance}\n", capture.Stdout);
        Assert.Equal("", capture.Stderr);
        Assert.Equal([new SubmittedJob(id, instance)], SubmitOutputParser.Parse(capture.Stdout, capture.Stderr).Jobs);
    }

    [Fact]
    public void The_other_submits_print_JobID_on_stderr()
    {
        var capture = SubmitCapture.Load("instance-migrate");

        Assert.Equal(("", $"JobID: {capture.JobStatus.Keys.Single()}\n"), (capture.Stdout, capture.Stderr));
    }

    [Fact]
    public void Every_shape_of_lib_cli_py()
    {
        Assert.Equal([new SubmittedJob(37, "inst4.example.com"), new SubmittedJob(38, "inst5.example.com")],
            SubmitOutputParser.Parse("37: inst4.example.com\n38: inst5.example.com\n", "").Jobs);
        Assert.Equal([new SubmittedJob(12, null)], SubmitOutputParser.Parse("12\n", "JobID: 12\n").Jobs);
        Assert.Equal([15L, 16L], SubmitOutputParser.Parse("Submitted jobs 15, 16\n", "").Jobs.Select(j => j.Id));
        var failed = SubmitOutputParser.Parse("37: inst4.example.com\n", "Failure for inst5.example.com: queue is drained\n");
        Assert.Equal(["inst5.example.com: queue is drained"], failed.Failures);
        Assert.Equal(37, failed.SingleJobId);
    }

    [Theory]
    [InlineData("instance-migrate-no-force")]
    [InlineData("instance-failover-no-force")]
    [InlineData("node-online-no-force")]
    public void Without_f_and_a_terminal_ganeti_answers_no_silently(string name)
    {
        var capture = SubmitCapture.Load(name);

        Assert.Equal((1, "", ""), (capture.ExitCode, capture.Stdout, capture.Stderr));
        Assert.Equal(GanetiErrorKind.PromptWithoutTerminal, GanetiErrorParser.FromResult(new(capture.ExitCode, capture.Stdout, capture.Stderr, TimeSpan.Zero), "gnt-instance migrate").Kind);
    }
}
