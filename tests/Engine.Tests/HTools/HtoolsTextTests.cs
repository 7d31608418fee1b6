using GntTui.Engine.HTools;

namespace GntTui.Engine.Tests.HTools;

public sealed class HtoolsTextTests
{
    public static TheoryData<string> Files() => [.. HtoolsFixture.All()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Ganetis_own_files_read_and_write_back_to_the_same_cluster(string file)
    {
        var cluster = HtoolsTextReader.Parse(HtoolsFixture.Read(file));
        var again = HtoolsTextReader.Parse(HtoolsTextWriter.Write(cluster));

        Assert.NotEmpty(cluster.Groups);
        Assert.Equal(cluster.Groups, again.Groups, Same);
        Assert.Equal(cluster.Nodes, again.Nodes, Same);
        Assert.Equal(cluster.Instances, again.Instances, Same);
        Assert.Equal(cluster.ClusterTags, again.ClusterTags);
        Assert.Equal(cluster.PolicyLines, again.PolicyLines);
    }

    [Fact]
    public void Short_lines_of_older_versions_get_ganetis_defaults()
    {
        var c = HtoolsTextReader.Parse(HtoolsFixture.Read("n1-failure.data"));

        var node = c.Nodes[0];
        Assert.Equal(("node-01-001", 256L, 0L, 0L, 'N', "fake-uuid-01", 1), (node.Name, node.TotalMemory, node.NodeMemory, node.FreeMemory, node.Flag, node.GroupUuid, node.Spindles));
        Assert.Equal((false, 0, 1, 1.0), (node.ExclusiveStorage, node.FreeSpindles, node.CpuCount, node.CpuSpeed));
        var inst = c.Instances[0];
        Assert.Equal(("new-0", 128L, 1024L, "running", true, "node-01-004", "node-01-003", "drbd"), (inst.Name, inst.Memory, inst.Disk, inst.Status, inst.AutoBalance, inst.PrimaryNode, inst.SecondaryNode, inst.DiskTemplate));
        Assert.Equal((1, (int?)null, false), (inst.SpindleUse, inst.Spindles, inst.Forthcoming));
        Assert.Equal(3, c.PolicyLines.Count);
        Assert.Equal(["group-01", "group-02"], c.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Full_lines_keep_every_field_and_a_plain_instance_has_no_secondary()
    {
        var forth = HtoolsTextReader.Parse(HtoolsFixture.Read("hbal-forth.data"));
        var plain = HtoolsTextReader.Parse(HtoolsFixture.Read("common-suffix.data"));

        Assert.True(forth.Nodes[0].IsMaster);
        Assert.Equal(1023, forth.Nodes[0].NodeMemory);
        Assert.All(forth.Instances, i => Assert.True(i.Forthcoming));
        Assert.Equal("ADMIN_down", forth.Instances[0].Status);
        Assert.Null(Assert.Single(plain.Instances).SecondaryNode);
        Assert.Equal("plain", plain.Instances[0].DiskTemplate);
    }

    [Fact]
    public void The_writer_prints_ganetis_serialize_format()
    {
        var c = HtoolsTextReader.Parse(HtoolsFixture.Read("hbal-forth.data"));

        var text = HtoolsTextWriter.Write(c);

        Assert.StartsWith("default|fake-uuid|preferred||\n\nnode1|65523|1023|65523|3405248|3405248|24|M|fake-uuid|1||N|0|1|1.000000\n", text, StringComparison.Ordinal);
        Assert.Contains("\nforthcoming-inst1|128|2176|1|ADMIN_down|Y|node1|node2|drbd||1|-|Y\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("g|u|preferred||\n\nn1|1|0|1|1|1|1|N|nope|1\n\n\n\n", "Unknown group for node n1: nope")]
    [InlineData("g|u|preferred||\n\nn1|1|0|1|1|1|1|N|u|1\n\ni1|128|1|1|running|Y|n1|n1|drbd||1\n\n\n", "Instance i1 has same primary and secondary node - n1")]
    [InlineData("g|u|preferred||\n\nn1|1|0|1|1|1|1|N|u|1\n\ni1|128|1|1|running|X|n1||plain||1\n\n\n", "Invalid auto_balance value 'X' for instance i1")]
    [InlineData("g|u|preferred||\n\nn1|1|0|1|1|1|1|N|u|1\n", "Invalid format of the input file: 2 sections instead of 4 or more")]
    public void What_ganeti_refuses_is_refused(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => HtoolsTextReader.Parse(text)).Message);
    }

    [Fact]
    public void A_node_with_unknown_resources_is_offline_with_none()
    {
        var c = HtoolsTextReader.Parse("g|u|preferred||\n\nn1|?|0|?|1|1|1|N|u|1\n\n\n\n");

        Assert.True(c.Nodes[0].Offline);
        Assert.Equal(0, c.Nodes[0].FreeMemory);
    }

    private static readonly SameRecord Same = new();

    /// <summary>Records holding lists compare the lists by content.</summary>
    private sealed class SameRecord : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => Text(x) == Text(y);

        public int GetHashCode(object obj) => Text(obj).GetHashCode(StringComparison.Ordinal);

        private static string Text(object? o) => o switch
        {
            HtoolsGroup g => $"{g.Name}|{g.Uuid}|{g.AllocPolicy}|{string.Join(',', g.Tags)}|{string.Join(',', g.Networks)}",
            HtoolsNode n => (n with { Tags = null }).ToString() + string.Join(',', n.Tags ?? []),
            HtoolsInstance i => (i with { Tags = null }).ToString() + string.Join(',', i.Tags ?? []),
            _ => o?.ToString() ?? "",
        };
    }
}
