using GntTui.Engine.Ganeti;
using GntTui.Engine.Planners;

namespace GntTui.Engine.Tests.Planners;

public sealed class HrollerHspaceWatcherParserTests
{
    [Fact]
    public void Hroller_groups_of_the_lab()
    {
        var plan = HrollerOutputParser.Parse(PlannerFixture.Stdout("hroller-L"), PlannerFixture.Stderr("hroller-L"));
        Assert.False(plan.OneStepOnly);
        Assert.Equal([["node3.example.com"], ["node2.example.com", "node1.example.com"]], plan.Groups);
        Assert.Equal("2 reboot groups: node3.example.com | node2.example.com, node1.example.com", plan.Summary);
        Assert.NotEmpty(plan.Warnings);
    }

    [Fact]
    public void Hroller_one_step_only_is_the_first_group_one_node_a_line()
    {
        var plan = HrollerOutputParser.Parse(PlannerFixture.Stdout("hroller-L-one-step"), "");
        Assert.True(plan.OneStepOnly);
        Assert.Equal([["node3.example.com"]], plan.Groups);
        var three = HrollerOutputParser.Parse(PlannerFixture.Stdout("t-hroller-nodegroups"), "");
        Assert.Equal([["node-01-001"], ["node-01-002"], ["node-01-000", "node-02-000"]], three.Groups);
    }

    [Fact]
    public void Hroller_moves_belong_to_their_group()
    {
        var plan = HrollerOutputParser.Parse("'Node Reboot Groups'\nnode-1,node-2\n  inst1 node-3\n  inst2 node-3 node-4\nnode-3\n", "");
        Assert.Equal([["inst1 node-3", "inst2 node-3 node-4"], []], plan.Moves);
        Assert.Throws<GanetiException>(() => HrollerOutputParser.Parse("Loaded 3 nodes\n", ""));
    }

    [Fact]
    public void Hspace_on_the_lab_in_one_line()
    {
        var s = HspaceOutputParser.Parse(PlannerFixture.Stdout("hspace-L"), PlannerFixture.Stderr("hspace-L"));
        Assert.Equal((3, 6, 11, "FailCPU"), (s.Nodes, s.Instances, s.StandardAllocated, s.StandardFailure));
        Assert.Equal(new HspaceSpec(128, 1024, 1, "file"), s.Standard);
        Assert.Equal("room for 11 more instances of 128 MiB RAM, 1 GiB disk, 1 vCPU, file (the standard spec), limited by CPU", s.Line);
    }

    [Fact]
    public void Hspace_with_no_room_says_why()
    {
        var s = HspaceOutputParser.Parse(PlannerFixture.Stdout("t-hspace-n1"), "");
        Assert.Equal(0, s.StandardAllocated);
        Assert.Equal("N+1 redundancy", s.LimitedBy);
        Assert.Equal("memory", HspaceOutputParser.Parse(PlannerFixture.Stdout("t-hspace-evac"), "").LimitedBy);
    }

    [Theory]
    [InlineData("watcher-info", false, null)]
    [InlineData("watcher-info-paused", true, "13:12")]
    [InlineData("watcher-pause", true, "13:12")]
    [InlineData("watcher-continue", false, null)]
    [InlineData("watcher-info-after", false, null)]
    public void Watcher_sentences(string name, bool paused, string? clock)
    {
        var s = WatcherOutputParser.Parse(PlannerFixture.Stdout(name));
        Assert.Equal((paused, clock), (s.Paused, s.UntilClock));
        Assert.Equal(paused ? "watcher paused until 13:12" : null, s.Headline);
    }

    [Fact]
    public void A_watcher_sentence_we_do_not_know_is_not_guessed()
    {
        Assert.Throws<GanetiException>(() => WatcherOutputParser.Parse("The watcher is sleeping.\n"));
        Assert.Equal(["gnt-cluster", "watcher", "pause", "3600"], WatcherControl.PauseArgv(TimeSpan.FromHours(1)));
    }
}
