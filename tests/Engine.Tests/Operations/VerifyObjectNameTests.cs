using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Operations;

/// <summary>
/// Ganeti's lib/cmdlib/cluster/verify.py formats <c>"  - %s:%s:%s:%s:%s" % (log_type, error_code,
/// object_type, object_name, msg)</c>, and cluster-level checks pass <c>object_name=None</c>
/// (e.g. <c>self._ErrorIf(True, constants.CV_ECLUSTERCFG, None, msg)</c>): Python prints "None".
/// </summary>
public sealed class VerifyObjectNameTests
{
    private const string ClusterFinding =
        "Sat Nov 21 13:03:44 2026   - ERROR:ECLUSTERCFG:cluster:None:instance inst9.example.com has an invalid disk template\n"
        + "Sat Nov 21 13:03:44 2026   - WARNING:ECLUSTERCERT:cluster:None:While verifying /var/lib/ganeti/server.pem: Certificate expires in 7 days\n"
        + "Sat Nov 21 13:03:47 2026   - ERROR:ENODESETUP:node:node1.example.com:node setup error\n";

    [Fact]
    public void Cluster_findings_name_the_cluster_not_None()
    {
        var report = ClusterVerification.Parse(ClusterFinding, [], DateTimeOffset.UnixEpoch, TimeSpan.Zero, "cluster.example.com");

        var cluster = report.Items.Where(i => i.ObjectKind == VerifyObjectKind.Cluster).ToList();
        Assert.Equal(2, cluster.Count);
        Assert.All(cluster, i => Assert.Equal("cluster.example.com", i.ObjectName));
        Assert.All(cluster, i => Assert.False(i.CanJump));
        Assert.Equal("node1.example.com", report.Items.Single(i => i.ObjectKind == VerifyObjectKind.Node).ObjectName);
    }

    [Fact]
    public void Without_a_known_cluster_name_the_finding_says_cluster()
    {
        var report = ClusterVerification.Parse(ClusterFinding, [], DateTimeOffset.UnixEpoch, TimeSpan.Zero);

        Assert.All(report.Items.Where(i => i.ObjectKind == VerifyObjectKind.Cluster), i => Assert.Equal("(cluster)", i.ObjectName));
    }

    [Fact]
    public async Task RunAsync_names_the_cluster_it_was_given()
    {
        var shell = new ScriptedShell().On(["gnt-cluster", "verify", "--error-codes"], ClusterFinding, exitCode: 1);

        var report = await new ClusterVerification(new GanetiClient(shell), clusterName: "cluster.example.com").RunAsync(null, CancellationToken.None);

        Assert.Equal("cluster.example.com", report.Items.First(i => i.Code == "ECLUSTERCFG").ObjectName);
    }
}
