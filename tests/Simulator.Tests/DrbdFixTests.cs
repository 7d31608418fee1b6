using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>The DRBD fixes the console offers, run against the simulator: activate-disks and the resync rate.</summary>
public class DrbdFixTests
{
    private const string Big = "big.example.com";

    private static string Minor0(SimulatedCluster c, string node) =>
        c.ProcDrbd(node).Split('\n').FirstOrDefault(l => l.StartsWith(" 0: ", StringComparison.Ordinal)) ?? "";

    [Fact]
    public void Activate_disks_reconnects_a_standalone_mirror_and_it_resyncs()
    {
        var (c, clock) = TestClusters.Lab();
        c.BreakDrbdConnection(Big);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains("cs:StandAlone", Minor0(c, "node1.example.com"), StringComparison.Ordinal);

        var job = c.WaitForJob(clock, c.Submit(new InstanceActivateDisks(Big, "fix").BuildArgv()));

        Assert.True(job.Status == JobStatus.Success, $"{job.StatusText} {job.Error?.Format()}");
        Assert.Equal($"INSTANCE_ACTIVATE_DISKS({Big})", job.Summary);
        Assert.Contains(job.Log, e => e.Message == "* Activating disks");
        Assert.Matches("cs:(SyncSource|Connected) ro:Primary/Secondary", Minor0(c, "node1.example.com"));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains("cs:Connected ro:Primary/Secondary ds:UpToDate/UpToDate", Minor0(c, "node1.example.com"), StringComparison.Ordinal);
    }

    [Fact]
    public void Activate_disks_brings_back_the_devices_of_a_stopped_instance()
    {
        var (c, clock) = TestClusters.Lab();
        Assert.Equal(JobStatus.Success, c.WaitForJob(clock, c.Submit(new InstanceShutdown(Big).BuildArgv())).Status);
        Assert.Equal("", Minor0(c, "node1.example.com"));

        Assert.Equal(JobStatus.Success, c.WaitForJob(clock, c.Submit(new InstanceActivateDisks(Big).BuildArgv())).Status);

        Assert.Contains("cs:Connected ro:Primary/Secondary ds:UpToDate/UpToDate", Minor0(c, "node1.example.com"), StringComparison.Ordinal);
        Assert.Contains("cs:Connected ro:Secondary/Primary ds:UpToDate/UpToDate", Minor0(c, "node2.example.com"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_resync_rate_changes_want_of_a_running_resync_and_of_the_next()
    {
        var (c, clock) = TestClusters.Lab();
        c.BreakDrbdConnection(Big);
        clock.Advance(TimeSpan.FromMinutes(30));
        c.WaitForJob(clock, c.Submit(new InstanceActivateDisks(Big).BuildArgv()));
        Assert.Contains(" want: 61,440 K/sec", c.ProcDrbd("node2.example.com"), StringComparison.Ordinal);

        var job = c.WaitForJob(clock, c.Submit(new ClusterSetDrbdResyncRate(122880, "faster").BuildArgv()));

        Assert.True(job.Status == JobStatus.Success, $"{job.StatusText} {job.Error?.Format()}");
        Assert.Equal("CLUSTER_SET_PARAMS", job.Summary);
        Assert.Contains(" want: 122,880 K/sec", c.ProcDrbd("node2.example.com"), StringComparison.Ordinal);
        Assert.Contains("    resync-rate: 122880\n", c.Run(GanetiQueries.ClusterInfo()).Stdout, StringComparison.Ordinal);
        Assert.Equal(122880, c.DrbdResyncRateKiBps);
    }

    [Fact]
    public void Other_cluster_modifications_are_not_pretended()
    {
        var (c, _) = TestClusters.Lab();
        var r = c.Run("gnt-cluster", "modify", "--submit", "-D", "drbd:protocol=A");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("does not implement", r.Stderr, StringComparison.Ordinal);
    }
}
