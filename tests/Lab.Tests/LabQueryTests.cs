using GntTui.Engine.Ganeti;

namespace GntTui.Lab.Tests;

/// <summary>The Engine's view of the lab agrees with what gnt-* says.</summary>
[Collection("lab")]
public class LabQueryTests
{
    [LabFact]
    public async Task Nodes_instances_and_jobs_match_gnt_list()
    {
        await using var lab = new LabCluster();

        var data = await lab.Client.FetchAsync(CancellationToken.None);

        Assert.Empty(data.Problems);
        var bareNodes = (await LabCluster.BareSshAsync("gnt-node", "list", "--no-headers", "-o", "name")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(bareNodes.Order(), data.Nodes.Select(n => n.Name).Order());
        Assert.Equal(LabEnvironment.Nodes.Order(), data.Nodes.Select(n => n.Name).Order());
        Assert.Single(data.Nodes, n => n.Role == NodeRole.Master);

        var bareInstances = await LabCluster.BareSshAsync("gnt-instance", "list", "--no-headers", "--separator=|", "-o", "name,pnode,disk_template");
        var expected = bareInstances.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order().ToList();
        Assert.Equal(expected, data.Instances.Select(i => $"{i.Name}|{i.PrimaryNode}|{i.DiskTemplate}").Order().ToList());
        Assert.Contains(data.Instances, i => i.DiskTemplate == "sharedfile");
        Assert.Contains(data.Instances, i => i.DiskTemplate == "diskless");

        var bareJobs = await LabCluster.BareSshAsync("gnt-job", "list", "--no-headers", "-o", "id");
        Assert.Equal(bareJobs.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).Order().ToList(), data.Jobs.Select(j => j.Id).Order().ToList());
        Assert.All(data.Jobs, j => Assert.NotNull(j.Received));
    }

    [LabFact]
    public async Task Cluster_info_names_the_master_and_version()
    {
        await using var lab = new LabCluster();

        var info = await lab.Client.GetClusterInfoAsync(CancellationToken.None);

        Assert.Equal("cluster.example.com", info.Name);
        Assert.Equal(LabEnvironment.Get("LAB_MASTER_NODE"), info.MasterNode);
        Assert.StartsWith("3.0", info.Version, StringComparison.Ordinal);
    }

    [LabFact]
    public async Task A_non_master_node_says_so()
    {
        await using var lab = new LabCluster(LabEnvironment.NonMasterTarget);

        var e = await Assert.ThrowsAsync<GanetiException>(() => lab.Client.FetchAsync(CancellationToken.None));

        Assert.Equal(GanetiErrorKind.NotMaster, e.Kind);
        Assert.Contains("This is not the master node", e.Message, StringComparison.Ordinal);
    }

    [LabFact]
    public async Task Commands_share_one_multiplexed_connection()
    {
        await using var lab = new LabCluster();
        Assert.False(await lab.Shell.IsMultiplexedAsync(CancellationToken.None));

        await lab.Client.FetchAsync(CancellationToken.None);

        Assert.True(await lab.Shell.IsMultiplexedAsync(CancellationToken.None));
    }
}
