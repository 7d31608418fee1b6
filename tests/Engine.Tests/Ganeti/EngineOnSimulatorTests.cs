using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Tests.Support;

namespace GntTui.Engine.Tests.Ganeti;

/// <summary>The Engine's own parsers, client and followers, run unchanged against the simulator.</summary>
public class EngineOnSimulatorTests
{
    [Fact]
    public async Task The_client_reads_nodes_instances_jobs_and_cluster_info_without_problems()
    {
        var (c, _) = TestClusters.Demo();
        var client = new GanetiClient(c.OpenShell());
        var data = await client.FetchAsync(default);
        Assert.Empty(data.Problems);
        Assert.Equal(4, data.Nodes.Count);
        Assert.Equal(16, data.Instances.Count);
        Assert.Equal(NodeRole.Master, data.Nodes[0].Role);
        Assert.All(data.Nodes, n => Assert.True(n.MemoryFree.HasValue && n.MemoryFree.Value > 0));
        Assert.Contains(data.Instances, i => i.IsDrbd && i.SecondaryNodes.Count == 1);
        Assert.Contains(data.Instances, i => i.Status == InstanceStatus.AdminDown && i.OperRam.State == FieldState.Unavailable);
        var info = await client.GetClusterInfoAsync(default);
        Assert.Equal(("demo.example.com", "node1.example.com", "3.0.2"), (info.Name, info.MasterNode, info.Version));
    }

    [Fact]
    public async Task Offline_and_unreachable_nodes_come_through_as_special_readings()
    {
        var (c, clock) = TestClusters.Lab();
        c.WaitForJob(clock, c.Submit(new NodeSetOffline("node3.example.com", true).BuildArgv()));
        c.PowerOff("node2.example.com");
        var data = await new GanetiClient(c.OpenShell()).FetchAsync(default);
        Assert.Empty(data.Problems);
        var node3 = data.Nodes.Single(n => n.Name == "node3.example.com");
        Assert.Equal((NodeRole.Offline, FieldState.Offline), (node3.Role, node3.MemoryFree.State));
        Assert.Equal(FieldState.NoData, data.Nodes.Single(n => n.Name == "node2.example.com").MemoryFree.State);
        Assert.Equal(InstanceStatus.ErrorNodeOffline, data.Instances.Single(i => i.Name == "fat.example.com").Status);
        Assert.Equal(InstanceStatus.ErrorNodeDown, data.Instances.Single(i => i.Name == "small.example.com").Status);
    }

    [Fact]
    public async Task Every_operation_submits_through_the_client_and_is_followed_to_its_end()
    {
        var (c, clock) = TestClusters.Lab();
        var client = new GanetiClient(c.OpenShell());
        var id = await client.SubmitAsync(new InstanceMigrate("big.example.com", "kernel update"), default);
        var entries = new List<JobLogEntry>();
        var outcome = await clock.Drive(new JobFollower(client).FollowAsync(id, e =>
        {
            entries.Add(e);
            return ValueTask.CompletedTask;
        }, default), TimeSpan.FromSeconds(1));
        Assert.Equal(JobStatus.Success, outcome.Status);
        Assert.Null(outcome.FailureText);
        Assert.Equal("Migrating instance big.example.com", entries[0].Message);
        Assert.Contains(entries, e => e.Kind == JobLogKind.MemoryTransfer && e.Percent > 0);
        Assert.Equal("* done", entries[^1].Message);
        Assert.All(entries, e => Assert.NotNull(e.Time));
    }

    [Fact]
    public async Task A_failing_job_reaches_the_follower_with_Ganetis_message()
    {
        var (c, clock) = TestClusters.Lab();
        var client = new GanetiClient(c.OpenShell());
        var id = await client.SubmitAsync(new InstanceFailover("file.example.com"), default);
        var outcome = await clock.Drive(new JobFollower(client).FollowAsync(id, null, default), TimeSpan.FromSeconds(1));
        Assert.Equal(JobStatus.Error, outcome.Status);
        Assert.Contains("Instance's disk layout 'file' does not allow failovers", outcome.FailureText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replace_disks_progress_lines_parse_as_disk_sync_entries()
    {
        var (c, clock) = TestClusters.Lab();
        var client = new GanetiClient(c.OpenShell());
        var id = await client.SubmitAsync(new InstanceReplaceDisks("small.example.com", ReplaceDisksMode.Secondary), default);
        var outcome = await clock.Drive(new JobFollower(client).FollowAsync(id, null, default), TimeSpan.FromSeconds(2));
        Assert.Equal(JobStatus.Success, outcome.Status);
        Assert.Contains(outcome.Log, e => e.Kind == JobLogKind.DiskSync && e.Device == "disk/0" && e.Percent is >= 0 and < 100);
        Assert.Contains(outcome.Log, e => e.Kind == JobLogKind.DisksInSync);
    }

    [Fact]
    public async Task Verify_findings_parse_and_name_what_is_wrong()
    {
        var (c, clock) = TestClusters.Lab();
        var client = new GanetiClient(c.OpenShell());
        var healthy = await clock.Drive(client.VerifyAsync(default), TimeSpan.FromSeconds(1));
        Assert.Empty(healthy);
        c.WaitForJob(clock, c.Submit(new NodeSetOffline("node2.example.com", true).BuildArgv()));
        var findings = await clock.Drive(client.VerifyAsync(default), TimeSpan.FromSeconds(1));
        Assert.Contains(findings, f => f is { Severity: "ERROR", Code: "EINSTANCEBADNODE", ObjectName: "small.example.com" });
        Assert.Contains(findings, f => f is { Severity: "WARNING", Code: "EINSTANCEFAULTYDISK", ObjectName: "big.example.com" });
        var r = await clock.Drive(c.OpenShell().RunAsync(GanetiQueries.ClusterVerify(), TimeSpan.FromMinutes(1), default), TimeSpan.FromSeconds(1));
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"^Submitted jobs \d+, \d+\nWaiting for job \d+ \.\.\.\n", r.Stdout);
    }

    [Fact]
    public async Task The_drbd_parsers_read_a_resync_and_join_it_to_the_instance()
    {
        var (c, clock) = TestClusters.Lab();
        var client = new GanetiClient(c.OpenShell());
        await client.SubmitAsync(new InstanceReplaceDisks("big.example.com", ReplaceDisksMode.Secondary), default);
        clock.Advance(TimeSpan.FromSeconds(30));
        var samples = new List<DrbdSample>();
        var mappings = new List<DrbdMinorMapping>();
        foreach (var node in new[] { "node1.example.com", "node2.example.com" })
        {
            var proc = await c.OpenShell(node).RunAsync(["cat", "/proc/drbd"], TimeSpan.FromSeconds(5), default);
            var sample = ProcDrbdParser.Parse(proc.Stdout, node, clock.GetUtcNow());
            Assert.Empty(sample.AllNotes());
            samples.Add(sample);
            var listed = await c.OpenShell().RunAsync(GanetiQueries.NodeListDrbd(node), TimeSpan.FromSeconds(5), default);
            var notes = new List<string>();
            mappings.AddRange(ListDrbdParser.Parse(listed.Stdout, notes));
            Assert.Empty(notes);
        }
        var target = samples[1].Find(0)!;
        Assert.Equal(DrbdConnectionState.SyncTarget, target.Connection);
        Assert.NotNull(target.Sync);
        Assert.InRange(target.Sync!.Percent, 1, 99);
        Assert.Equal(61440, target.Sync.WantKiBps);
        Assert.True(target.Sync.SpeedKiBps > 0);
        var big = DrbdJoin.Join(mappings, samples).Single(d => d.Instance == "big.example.com");
        Assert.Equal(("node1.example.com", "node2.example.com"), (big.Primary!.Node, big.Secondary!.Node));
        Assert.NotNull(big.Progress);
    }

    [Fact]
    public async Task The_monitor_refreshes_from_the_simulator()
    {
        var (c, clock) = TestClusters.Demo();
        var monitor = new ClusterMonitor(new GanetiClient(c.OpenShell()), c.Name, isDemo: true, time: clock);
        var snapshot = await monitor.RefreshAsync(default);
        Assert.Equal(ConnectionState.Live, snapshot.Connection);
        Assert.True(snapshot.IsDemo);
        Assert.Equal(16, snapshot.Instances.Count);
        Assert.Null(snapshot.Error);
    }
}
