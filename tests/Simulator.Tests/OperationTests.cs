using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>The Engine's operations, submitted as it sends them, and the jobs they become.</summary>
public class OperationTests
{
    public static TheoryData<string> Operations() =>
    [
        "migrate", "migrate-non-live", "failover", "startup", "shutdown", "reboot", "replace-s", "replace-n",
        "node-migrate", "node-evacuate-p", "node-evacuate-s", "drain", "offline", "candidate",
    ];

    private static GanetiOperation Build(string name) => name switch
    {
        "migrate" => new InstanceMigrate("big.example.com", "maintenance"),
        "migrate-non-live" => new InstanceMigrate("shared.example.com", "", targetNode: "node2.example.com", nonLive: true),
        "failover" => new InstanceFailover("small.example.com", "test"),
        "startup" => new InstanceStartup("shared.example.com"),
        "shutdown" => new InstanceShutdown("file.example.com", "", 60),
        "reboot" => new InstanceReboot("shared.example.com", "", RebootType.Hard),
        "replace-s" => new InstanceReplaceDisks("big.example.com", ReplaceDisksMode.Secondary),
        "replace-n" => new InstanceReplaceDisks("small.example.com", ReplaceDisksMode.NewSecondary, newSecondary: "node3.example.com"),
        "node-migrate" => new NodeMigrate("node3.example.com"),
        "node-evacuate-p" => new NodeEvacuate("node1.example.com", Primaries: true),
        "node-evacuate-s" => new NodeEvacuate("node2.example.com", Primaries: false),
        "drain" => new NodeSetDrained("node3.example.com", true),
        "offline" => new NodeSetOffline("node3.example.com", true),
        _ => new NodeSetMasterCandidate("node3.example.com", false),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Every_operation_prints_a_JobID_and_its_job_runs(string name)
    {
        var (c, clock) = TestClusters.Lab();
        var id = c.Submit(Build(name).BuildArgv());
        var job = c.WaitForJob(clock, id);
        // node1's primaries (big: drbd, shared: sharedfile) can all move, so even the evacuation succeeds.
        Assert.True(job.Status == JobStatus.Success, $"{name}: {job.StatusText} {job.Error?.Format()}");
    }

    [Fact]
    public void Job_cancel_cancels_a_queued_job()
    {
        var (c, clock) = TestClusters.Lab();
        var id = c.Submit(new InstanceReboot("small.example.com").BuildArgv());
        var r = c.Run(new JobCancel(id).BuildArgv());
        Assert.Equal((0, $"Dequeued job {id}\n"), (r.ExitCode, r.Stdout));
        Assert.Equal(JobStatus.Canceled, c.FindJob(id)!.Status);
        clock.Advance(TimeSpan.FromSeconds(5));
        var watch = c.Run(GanetiQueries.JobWatch(id));
        Assert.Equal(1, watch.ExitCode);
        Assert.Equal($"Job {id} failed: Failure: command execution error:\nJob was canceled\n", watch.Stderr);
        Assert.Contains("      Result: Job canceled by request\n", c.Run(GanetiQueries.JobInfo(id)).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Job_cancel_of_a_waiting_job_and_of_a_running_one()
    {
        var (c, clock) = TestClusters.Lab();
        var first = c.Submit(new InstanceMigrate("big.example.com").BuildArgv());
        var second = c.Submit(new InstanceReboot("big.example.com").BuildArgv());
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(JobStatus.Running, c.FindJob(first)!.Status);
        Assert.Equal(JobStatus.Waiting, c.FindJob(second)!.Status);
        Assert.Equal((0, "Job successfully cancelled\n"), Pair(c.Run(new JobCancel(second).BuildArgv())));
        Assert.Equal((1, "Job no longer waiting, can't cancel (informed it anyway)\n"), Pair(c.Run(new JobCancel(first).BuildArgv())));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(JobStatus.Canceled, c.FindJob(second)!.Status);
        Assert.Equal((1, "Job 99 not found in queue\n"), Pair(c.Run(new JobCancel(99).BuildArgv())));
    }

    private static (int, string) Pair(SimCommandOutput r) => (r.ExitCode, r.Stdout);

    [Fact]
    public void Jobs_on_the_same_instance_run_one_after_the_other()
    {
        var (c, clock) = TestClusters.Lab();
        var a = c.Submit(new InstanceMigrate("small.example.com").BuildArgv());
        var b = c.Submit(new InstanceMigrate("small.example.com").BuildArgv());
        var jobA = c.WaitForJob(clock, a);
        var jobB = c.WaitForJob(clock, b);
        Assert.True(jobB.ExecStarted >= jobA.Ended, "the second migration must wait for the first");
        Assert.Equal(JobStatus.Success, jobB.Status);
        // Two migrations bring it back where it started.
        Assert.Equal("small.example.com|node2.example.com|node1.example.com\n", c.Run("gnt-instance", "list", "--no-headers", "--separator=|", "-o", "name,pnode,snodes", "small").Stdout);
    }

    [Fact]
    public void A_4_GiB_live_migration_takes_longer_than_a_512_MiB_one_and_reports_progress()
    {
        var (c, clock) = TestClusters.Lab();
        var big = c.Submit(new InstanceMigrate("big.example.com").BuildArgv());
        var jobBig = c.WaitForJob(clock, big);
        var small = c.Submit(new InstanceMigrate("small.example.com").BuildArgv());
        var jobSmall = c.WaitForJob(clock, small);
        var tBig = jobBig.Ended!.Value - jobBig.ExecStarted!.Value;
        var tSmall = jobSmall.Ended!.Value - jobSmall.ExecStarted!.Value;
        Assert.True(tBig > tSmall * 4, $"4 GiB took {tBig}, 512 MiB took {tSmall}");
        Assert.True(tBig > TimeSpan.FromSeconds(30), $"4 GiB at ~110 MiB/s with dirty pages should take over 30 s, took {tBig}");
        Assert.Contains(jobBig.Log, e => Regex.IsMatch(e.Message, @"^\* memory transfer progress: \d+\.\d\d %$"));
        Assert.DoesNotContain(jobSmall.Log, e => e.Message.StartsWith("* memory transfer progress", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failover_is_quicker_than_a_live_migration()
    {
        var (c, clock) = TestClusters.Lab();
        var mig = c.WaitForJob(clock, c.Submit(new InstanceMigrate("small.example.com").BuildArgv()));
        var fo = c.WaitForJob(clock, c.Submit(new InstanceFailover("small.example.com").BuildArgv()));
        Assert.True(fo.Ended - fo.ExecStarted < mig.Ended - mig.ExecStarted);
    }

    [Fact]
    public void Migrating_a_file_instance_fails_with_Ganetis_message()
    {
        var (c, clock) = TestClusters.Lab();
        var id = c.Submit(new InstanceMigrate("file.example.com").BuildArgv());
        var job = c.WaitForJob(clock, id);
        Assert.Equal(JobStatus.Error, job.Status);
        var watch = c.Run(GanetiQueries.JobWatch(id));
        Assert.Equal(1, watch.ExitCode);
        Assert.Equal($"Output from job {id} follows\n-------------------------\n", watch.Stdout);
        Assert.Equal($"Job {id} failed: Failure: prerequisites not met for this operation:\nerror type: wrong_state, error details:\n" +
            "Instance's disk layout 'file' does not allow migrations\n", watch.Stderr);
        var info = c.Run(GanetiQueries.JobInfo(id)).Stdout;
        Assert.Contains("  Status: error\n", info, StringComparison.Ordinal);
        Assert.Contains("      Result: \n        - OpPrereqError\n        - - Instance's disk layout 'file' does not allow migrations\n          - wrong_state\n      Execution log: \n", info, StringComparison.Ordinal);
        var fo = c.WaitForJob(clock, c.Submit(new InstanceFailover("file.example.com").BuildArgv()));
        Assert.Equal("Instance's disk layout 'file' does not allow failovers", fo.Error!.Message);
    }

    [Fact]
    public void Migrating_to_an_offline_node_fails_like_capture_48()
    {
        var (c, clock) = TestClusters.Lab();
        c.WaitForJob(clock, c.Submit(new NodeSetOffline("node3.example.com", true).BuildArgv()));
        var id = c.Submit(new InstanceMigrate("shared.example.com", "", targetNode: "node3.example.com").BuildArgv());
        var job = c.WaitForJob(clock, id);
        Assert.Equal("Can't get data from node node3.example.com: Node is marked offline", job.Error!.Message);
        Assert.Equal("environment_error", job.Error.ErrorCode);
        Assert.Empty(job.Log);
        Assert.DoesNotContain("        mode: ", c.Run(GanetiQueries.JobInfo(id)).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrating_where_memory_is_short_fails_with_insufficient_resources()
    {
        var (c, clock) = TestClusters.Lab();
        // node3 has 1 GiB left after fat: neither the 2 GiB shared instance nor the 1.5 GiB down one fits.
        var job = c.WaitForJob(clock, c.Submit(new InstanceMigrate("shared.example.com", "", targetNode: "node3.example.com").BuildArgv()));
        Assert.Equal("insufficient_resources", job.Error!.ErrorCode);
        Assert.Matches(@"^Not enough memory on node node3\.example\.com for migrating instance shared\.example\.com: needed 2048 MiB, available 1024 MiB$", job.Error.Message);
        var start = c.WaitForJob(clock, c.Submit(new InstanceStartup("down.example.com").BuildArgv()));
        Assert.Equal(JobStatus.Error, start.Status);
        Assert.StartsWith("Not enough memory on node node3.example.com for starting instance down.example.com", start.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrating_off_an_offline_primary_says_use_failover_and_failover_works()
    {
        var (c, clock) = TestClusters.Lab();
        c.WaitForJob(clock, c.Submit(new NodeSetOffline("node1.example.com", true).BuildArgv()));
        // The master cannot be offlined; use node2 instead.
        c.WaitForJob(clock, c.Submit(new NodeSetOffline("node2.example.com", true).BuildArgv()));
        var mig = c.WaitForJob(clock, c.Submit(new InstanceMigrate("small.example.com").BuildArgv()));
        Assert.Equal("Can't migrate, please use failover: Node is marked offline", mig.Error!.Message);
        var fo = c.WaitForJob(clock, c.Submit(new InstanceFailover("small.example.com").BuildArgv()));
        Assert.Equal(JobStatus.Success, fo.Status);
        var lines = fo.Log.Select(e => e.Message).ToList();
        Assert.Contains(" - WARNING: Could not shutdown instance small.example.com on node node2.example.com, proceeding anyway; please make sure node node2.example.com is down; error details: Node is marked offline", lines);
        Assert.Contains(" - WARNING: Could not shutdown block device disk/0 on node node2.example.com: Node is marked offline", lines);
        Assert.Contains("Node node2.example.com is offline, ignoring degraded disk 0 on target node node1.example.com", lines);
    }

    [Fact]
    public void The_master_cannot_be_offlined()
    {
        var (c, clock) = TestClusters.Lab();
        var job = c.WaitForJob(clock, c.Submit(new NodeSetOffline("node1.example.com", true).BuildArgv()));
        Assert.Equal("The master role can be changed only via master-failover", job.Error!.Message);
    }

    [Fact]
    public void Prompts_without_a_terminal_exit_1_printing_nothing()
    {
        var (c, _) = TestClusters.Lab();
        foreach (var argv in new[]
        {
            new[] { "gnt-instance", "migrate", "big.example.com" },
            ["gnt-instance", "failover", "big.example.com"],
            ["gnt-instance", "failover", "-f", "--submit", "--ignore-consistency", "big.example.com"],
            ["gnt-node", "modify", "-O", "no", "node3.example.com"],
            ["gnt-node", "evacuate", "-p", "node1.example.com"],
        })
        {
            var r = c.Run(argv);
            Assert.True((1, "", "") == (r.ExitCode, r.Stdout, r.Stderr), string.Join(' ', argv));
        }
        Assert.Empty(c.Jobs);
    }

    [Fact]
    public void Evacuate_without_mode_and_with_nothing_to_do_behave_like_the_client()
    {
        var (c, clock) = TestClusters.Lab();
        var r = c.Run("gnt-node", "evacuate", "-f", "--submit", "-s", "node3.example.com");
        Assert.Equal((0, "", "No instances to evacuate on node(s) node3.example.com, exiting.\n"), (r.ExitCode, r.Stdout, r.Stderr));
        var id = c.Submit(["gnt-node", "evacuate", "-f", "--submit", "node1.example.com"]);
        Assert.StartsWith("Due to an issue with the iallocator interface", c.WaitForJob(clock, id).Error!.Message, StringComparison.Ordinal);
        var mig = c.Run("gnt-node", "migrate", "-f", "--submit", "node3.example.com");
        Assert.Equal(0, mig.ExitCode);
    }

    [Fact]
    public void Evacuating_a_node_with_a_file_instance_fails_like_capture_40()
    {
        var (c, clock) = TestClusters.Lab();
        var job = c.WaitForJob(clock, c.Submit(new NodeEvacuate("node2.example.com", Primaries: true).BuildArgv()));
        Assert.Equal("Unable to evacuate instances file.example.com (Instances of type file cannot be relocated)", job.Error!.Message);
        Assert.Equal(SimErrorKind.Exec, job.Error.Kind);
        Assert.Contains(" - WARNING: Unable to evacuate instances file.example.com (Instances of type file cannot be relocated)", job.Log.Select(e => e.Message));
    }

    [Fact]
    public void Node_migrate_submits_one_job_per_primary_and_names_them_in_its_result()
    {
        var (c, clock) = TestClusters.Lab();
        var id = c.Submit(new NodeMigrate("node2.example.com").BuildArgv());
        c.WaitForJob(clock, id);
        var info = c.Run(GanetiQueries.JobInfo(id)).Stdout;
        Assert.Matches(@"      Result: \n        jobs: \n          - - True\n            - \d+\n          - - True\n            - \d+\n", info);
        var children = c.Jobs.Where(j => j.Id != id).ToList();
        Assert.Equal(["INSTANCE_MIGRATE(file.example.com)", "INSTANCE_MIGRATE(small.example.com)"], children.Select(j => j.Summary).Order(StringComparer.Ordinal));
        foreach (var child in children)
        {
            c.WaitForJob(clock, child.Id);
        }
        Assert.Equal(JobStatus.Error, children.Single(j => j.Summary.Contains("file", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public async Task A_synchronous_migrate_prints_the_log_like_capture_25()
    {
        var (c, clock) = TestClusters.Lab();
        var task = c.OpenShell().RunAsync(["gnt-instance", "migrate", "-f", "-n", "node2.example.com", "shared.example.com"], TimeSpan.FromMinutes(5), default);
        var r = await clock.Drive(task, TimeSpan.FromSeconds(1));
        Assert.Equal(0, r.ExitCode);
        // A 2 GiB copy takes long enough for one progress line, which the lab's fake hypervisor never printed.
        var lines = CaptureShape.Lines(r.Stdout).Select(l => l[25..]).Where(l => !l.StartsWith("* memory transfer progress", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "Migrating instance shared.example.com",
            "* checking disk consistency between source and target",
            "* closing instance disks on node node2.example.com",
            "* opening instance disks on node node1.example.com in shared mode",
            "* opening instance disks on node node2.example.com in shared mode",
            "* preparing node2.example.com to accept the instance",
            "* migrating instance to node2.example.com",
            "* starting memory transfer",
            "* memory transfer complete",
            "* closing instance disks on node node1.example.com",
            "* opening instance disks on node node2.example.com in exclusive mode",
            "* done",
        ], lines);
        Assert.All(CaptureShape.Lines(r.Stdout), l => Assert.Matches(@"^Sat Nov 21 \d\d:\d\d:\d\d 2026 ", l));
    }

    [Fact]
    public async Task Node_modify_without_submit_prints_the_changes_like_capture_43()
    {
        var (c, clock) = TestClusters.Lab();
        var task = c.OpenShell().RunAsync(["gnt-node", "modify", "--drained", "yes", "node2.example.com"], TimeSpan.FromMinutes(1), default);
        var r = await clock.Drive(task, TimeSpan.FromMilliseconds(500));
        Assert.Equal("Modified node node2.example.com\n - master_candidate -> False\n - drained -> True\n", r.Stdout);
        var back = await clock.Drive(c.OpenShell().RunAsync(["gnt-node", "modify", "--drained", "no", "node2.example.com"], TimeSpan.FromMinutes(1), default), TimeSpan.FromMilliseconds(500));
        Assert.Matches(@"^Sat Nov 21 [\d:]+ 2026  - INFO: Auto-promoting node to master candidate\nModified node node2\.example\.com\n - master_candidate -> True\n - drained -> False\n$", back.Stdout);
    }
}
