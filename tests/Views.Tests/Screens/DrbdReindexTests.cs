using GntTui.Engine.Drbd;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Drbd;
using GntTui.Views.Screens.Nodes;

namespace GntTui.Views.Tests.Screens;

/// <summary>The DRBD lookups and rows rebuilt from the previous ones: work for what is a new object, the same result as built afresh.</summary>
public class DrbdReindexTests
{
    private static readonly DrbdSnapshot First = TestDrbd.Snapshot();

    /// <summary>The same snapshot with web1's resyncing disk finished and node3 degraded no more: two new objects, the rest the same.</summary>
    private static DrbdSnapshot Second()
    {
        var disks = First.Disks.ToArray();
        var healthy = disks[0].Disk with { Health = DrbdHealth.Healthy, Progress = null };
        disks[0] = TestDrbd.View(healthy);
        var nodes = First.Nodes.ToArray();
        nodes[2] = TestDrbd.Node("node3.example.com", 1, 0);
        return First with { TakenAt = First.TakenAt.AddSeconds(1), Disks = disks, Nodes = nodes };
    }

    private static void AssertSame(DrbdIndex expected, DrbdIndex actual)
    {
        Assert.Equal(expected.Nodes.OrderBy(p => p.Key), actual.Nodes.OrderBy(p => p.Key));
        Assert.Equal(expected.ResyncByInstance.OrderBy(p => p.Key), actual.ResyncByInstance.OrderBy(p => p.Key));
        Assert.Equal(expected.ByInstance.Keys.Order(), actual.ByInstance.Keys.Order());
        foreach (var (instance, disks) in expected.ByInstance)
        {
            Assert.Equal(disks, actual.ByInstance[instance], ReferenceEqualityComparer.Instance);
        }
    }

    [Fact]
    public void A_snapshot_with_one_new_disk_and_one_new_node_reindexes_only_those_and_equals_a_fresh_index()
    {
        var before = DrbdIndex.Build(First);
        Assert.Equal((3, 4), (before.InstancesIndexed, before.NodesIndexed));
        Assert.True(before.ResyncByInstance.ContainsKey("web1.example.com"));
        var second = Second();

        var after = DrbdIndex.Build(second, before);

        Assert.Equal((1, 1), (after.InstancesIndexed, after.NodesIndexed));
        AssertSame(DrbdIndex.Build(second), after);
        Assert.False(after.ResyncByInstance.ContainsKey("web1.example.com"));
        Assert.Same(second.Disks[0], after.ByInstance["web1.example.com"][0]);
        Assert.Same(First.Disks[1], after.ByInstance["web1.example.com"][1]);
        // The earlier index is left as it was.
        Assert.True(before.ResyncByInstance.ContainsKey("web1.example.com"));
        Assert.Equal(1, before.Nodes["node3.example.com"].DegradedCount);
        Assert.Equal(0, after.Nodes["node3.example.com"].DegradedCount);
    }

    [Fact]
    public void Other_disks_or_nodes_in_the_list_are_indexed_afresh()
    {
        var before = DrbdIndex.Build(First);
        var fewer = First with { Disks = [.. First.Disks.Skip(1)], Nodes = [.. First.Nodes.Reverse()] };

        var after = DrbdIndex.Build(fewer, before);

        Assert.Equal((3, 4), (after.InstancesIndexed, after.NodesIndexed));
        AssertSame(DrbdIndex.Build(fewer), after);
    }

    [Fact]
    public void Console_data_builds_the_next_index_from_the_previous_one()
    {
        var data = new ConsoleData(TestSnapshots.Small(), First);
        Assert.NotNull(data.DrbdIndex);

        var next = data.WithDrbd(Second());

        Assert.Equal((1, 1), (next.DrbdIndex!.InstancesIndexed, next.DrbdIndex.NodesIndexed));
    }

    [Fact]
    public void Node_and_drbd_rows_are_kept_where_their_objects_are_the_same()
    {
        var cluster = TestSnapshots.Small();
        var nodeRows = NodeRowBuilder.Build(cluster.Nodes, DrbdIndex.Build(First).Nodes);
        var drbdRows = DrbdRowBuilder.Build(First);
        var second = Second();

        var nodeRowsAfter = NodeRowBuilder.Build(cluster.Nodes, DrbdIndex.Build(second).Nodes, nodeRows);
        var drbdRowsAfter = DrbdRowBuilder.Build(second, drbdRows);

        var changedNodes = Enumerable.Range(0, nodeRows.Count).Where(i => !ReferenceEquals(nodeRows[i], nodeRowsAfter[i])).Select(i => nodeRowsAfter[i].Node.Name).ToList();
        Assert.Equal(["node3.example.com"], changedNodes);
        Assert.Equal([0], Enumerable.Range(0, drbdRows.Count).Where(i => !ReferenceEquals(drbdRows[i], drbdRowsAfter[i])));
        Assert.Equal(DrbdRowBuilder.Build(second).Select(r => (r.Key, r.Disk)), drbdRowsAfter.Select(r => (r.Key, r.Disk)));
    }
}
