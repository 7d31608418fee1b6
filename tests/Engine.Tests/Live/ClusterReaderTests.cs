using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;

namespace GntTui.Engine.Tests.Live;

/// <summary><c>gnt-tui status</c> reads through the same reader as the refresh loop: one picture of the cluster.</summary>
public sealed class ClusterReaderTests
{
    [Fact]
    public async Task The_master_comes_from_the_nodes_roles_when_gnt_cluster_info_lags_behind()
    {
        // gnt-cluster info still names node1; the node list (read on every refresh) already says node2 is master.
        var shell = new Fakes.ScriptedShell()
            .On(GanetiQueries.ClusterInfo(), "Cluster name: c.example.com\nMaster node: node1.example.com\n")
            .On(GanetiQueries.ClusterVersion(), "Software version: 3.0.2\n")
            .On(GanetiQueries.NodeList(), "node1.example.com|C|N|N|Y|1|1|1|1|1|0|0|default\nnode2.example.com|M|N|N|Y|1|1|1|1|1|0|0|default\n")
            .On(GanetiQueries.InstanceList(), "")
            .On(GanetiQueries.JobList(), "");

        var reading = await new ClusterReader(new GanetiClient(shell)).ReadAsync(CancellationToken.None);

        Assert.Equal("node2.example.com", reading.Info.MasterNode);
        Assert.Equal("c.example.com", reading.Info.Name);
        Assert.Equal(2, reading.Data.Nodes.Count);
    }
}
