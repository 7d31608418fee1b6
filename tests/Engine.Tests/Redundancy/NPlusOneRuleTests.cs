using GntTui.Engine.HTools;
using GntTui.Engine.Redundancy;
using GntTui.Engine.Tests.HTools;

namespace GntTui.Engine.Tests.Redundancy;

public sealed class NPlusOneRuleTests
{
    private static RedundancyNode Node(string name, long free, bool offline = false) => new(name, "default", offline, free);

    private static RedundancyInstance Drbd(string name, string primary, string secondary, long mib, bool running = true, bool reserves = true) =>
        new(name, primary, secondary, mib, running, reserves);

    [Theory]
    [InlineData("n1-failure.data", "node-01-001,node-01-002,node-01-003,node-01-004")]
    [InlineData("hspace-groups-two.data", "node-01-001,node-01-002")]
    [InlineData("hbal-evac.data", "")]
    [InlineData("partly-used.data", "")]
    [InlineData("hbal-forth.data", "")]
    [InlineData("missing-resources.data", "")]
    [InlineData("hroller-nodegroups.data", "")]
    [InlineData("common-suffix.data", "")]
    public void Ganetis_test_clusters_get_hinfos_verdict(string file, string failing)
    {
        var verdict = HtoolsRedundancy.Model(HtoolsTextReader.Parse(HtoolsFixture.Read(file))).Judge();

        Assert.Equal(failing, string.Join(',', verdict.FailingNodes));
        Assert.Equal(failing.Length == 0, verdict.Happy);
    }

    [Fact]
    public void A_node_fails_when_one_primarys_instances_do_not_fit_and_the_sentence_says_which()
    {
        var nodes = new[] { Node("node1.example.com", 8192), Node("node2.example.com", 8192), Node("node3.example.com", 1536) };
        var instances = new[]
        {
            Drbd("a", "node1.example.com", "node3.example.com", 1024),
            Drbd("b", "node1.example.com", "node3.example.com", 2048),
            Drbd("c", "node2.example.com", "node3.example.com", 1024),
        };

        var f = Assert.Single(NPlusOneRule.Judge(nodes, instances).Failures);

        Assert.Equal(("node3.example.com", "node1.example.com", 2, 3072L, 1536L), (f.Node, f.Primary, f.InstanceCount, f.NeededMiB, f.FreeMiB));
        Assert.Equal("node3 could not take the 2 instances (3.0 GiB) that fail over to it if node1 dies: 1.5 GiB free", f.Explain());
    }

    [Fact]
    public void Instances_from_different_primaries_are_not_added_up_and_exactly_enough_is_enough()
    {
        var nodes = new[] { Node("n1", 0), Node("n2", 0), Node("n3", 1024) };
        var instances = new[] { Drbd("a", "n1", "n3", 1024), Drbd("b", "n2", "n3", 1024) };

        Assert.True(NPlusOneRule.Judge(nodes, instances).Happy);
    }

    [Fact]
    public void A_stopped_instance_still_reserves_room_an_offline_or_unbalanced_one_does_not()
    {
        var nodes = new[] { Node("n1", 4096), Node("n2", 100) };

        Assert.False(NPlusOneRule.Judge(nodes, [Drbd("a", "n1", "n2", 512, running: false)]).Happy);
        Assert.True(NPlusOneRule.Judge(nodes, [Drbd("a", "n1", "n2", 512, reserves: false)]).Happy);
    }

    [Fact]
    public void An_offline_node_is_not_judged_and_instances_without_a_secondary_reserve_nothing()
    {
        var nodes = new[] { Node("n1", 4096), Node("n2", 100, offline: true), Node("n3", 0) };
        var instances = new[] { Drbd("a", "n1", "n2", 512), new RedundancyInstance("p", "n1", null, 4096, true, true) };

        Assert.True(NPlusOneRule.Judge(nodes, instances).Happy);
    }

    [Fact]
    public void Moving_a_drbd_instance_to_its_secondary_swaps_the_two()
    {
        // Stopped, so the move frees nothing on n1 and takes nothing on n2: only the reservation moves.
        var model = new RedundancyModel([Node("n1", 1000), Node("n2", 3000)], [Drbd("a", "n1", "n2", 2000, running: false)]);
        Assert.True(model.Judge().Happy);

        model.Move("a", "n2");

        var f = Assert.Single(model.Judge().Failures);
        Assert.Equal(("n1", "n2", 1000L), (f.Node, f.Primary, f.FreeMiB));
        Assert.Equal("n1 could not take the instance (2.0 GiB) that fails over to it if n2 dies: 1000 MiB free", f.Explain());
    }

    [Fact]
    public void A_running_instance_moved_elsewhere_takes_its_memory_along()
    {
        var model = new RedundancyModel([Node("n1", 1000), Node("n2", 3000), Node("n3", 2500)],
            [Drbd("a", "n1", "n2", 2000), new RedundancyInstance("s", "n3", null, 1500, true, true)]);

        model.Move("s", "n2");

        Assert.Equal("n2 could not take the instance (2.0 GiB) that fails over to it if n1 dies: 1.5 GiB free", Assert.Single(model.Judge().Failures).Explain());
    }
}
