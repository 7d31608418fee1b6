using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Planners;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Planners;

public sealed class HbalOutputParserTests
{
    private static HbalPlan Parse(string name) => HbalOutputParser.Parse(PlannerFixture.Stdout(name), PlannerFixture.Stderr(name));

    [Fact]
    public void The_labs_imbalance_is_two_migrations_in_two_jobsets()
    {
        var plan = Parse("hbal-L-C-imbalanced");
        Assert.Equal(HbalOutcome.Improved, plan.Outcome);
        Assert.Equal("default", plan.Group);
        Assert.Equal(6.62107891, plan.InitialScore);
        Assert.Equal(0.24067516, plan.FinalScore);
        Assert.Equal(2, plan.Moves.Count);
        Assert.Equal(new HbalMove(1, "inst3", "node1", "node3", 3.75137133, "fa:node3"), plan.Moves[0]);
        Assert.Equal("migrate to node2", plan.Moves[1].Kind);
        Assert.Equal(2, plan.Jobsets);
        Assert.Equal([new HbalCommand(HbalVerb.Migrate, "inst3", "node3", "gnt-instance migrate -f -n node3 inst3")], plan.Jobs[0].Commands);
        Assert.Equal((2, 1), (plan.Jobs[1].Jobset, plan.Jobs[1].Index));
        Assert.Contains(plan.Warnings, w => w.StartsWith("Warning: cluster has inconsistent data", StringComparison.Ordinal));
        Assert.Empty(plan.Notes);
        Assert.Equal("2 moves in 2 jobsets: score 6.62107891 → 0.24067516", plan.Summary);
    }

    [Fact]
    public void A_balanced_lab_has_no_solution()
    {
        var plan = Parse("hbal-L-C-balanced");
        Assert.Equal(HbalOutcome.NoSolution, plan.Outcome);
        Assert.Equal(0.24223280, plan.InitialScore);
        Assert.Empty(plan.Moves);
        Assert.Empty(plan.Jobs);
        Assert.StartsWith("no solution found", plan.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hbal-L-C-G-default", 2)]
    [InlineData("hbal-L-C-no-disk-moves", 2)]
    [InlineData("hbal-L-C-max-length-1", 1)]
    public void Options_change_the_plan_not_the_format(string name, int moves)
    {
        var plan = Parse(name);
        Assert.Equal(moves, plan.Moves.Count);
        Assert.Equal(moves, plan.Jobs.Count);
    }

    [Fact]
    public void Drbd_moves_are_jobs_of_several_commands_in_order()
    {
        var plan = Parse("t-hbal-evac-C");
        Assert.Equal(4, plan.Moves.Count);
        Assert.Equal("node-E:node-3", plan.Moves[0].From);
        Assert.Equal("failover to secondary, new secondary node-1, failover to secondary", plan.Moves[0].Kind);
        Assert.Equal([HbalVerb.Migrate, HbalVerb.ReplaceDisks, HbalVerb.Migrate], plan.Jobs[0].Commands.Select(c => c.Verb));
        Assert.Null(plan.Jobs[0].Commands[0].Node);
        Assert.Equal("node-1", plan.Jobs[0].Commands[1].Node);

        var stopped = Parse("t-hbal-forth-C");
        Assert.Equal(HbalVerb.Failover, stopped.Jobs[0].Commands[1].Verb);
    }

    [Fact]
    public void Already_balanced_empty_and_not_n_plus_one_happy_are_said()
    {
        var balanced = Parse("t-hbal-well-balanced");
        Assert.Equal(HbalOutcome.AlreadyBalanced, balanced.Outcome);
        Assert.Equal(2.741314, balanced.InitialScore);
        Assert.Equal(HbalOutcome.Empty, Parse("t-hbal-empty").Outcome);

        var unhappy = Parse("t-hbal-n1-failure-C");
        Assert.Equal(HbalOutcome.NoSolution, unhappy.Outcome);
        Assert.Contains(unhappy.Notes, n => n.StartsWith("Initial check done: 4 bad nodes", StringComparison.Ordinal));
        Assert.Contains(unhappy.Notes, n => n.StartsWith("Cluster is not N+1 happy", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_command_line_refuses_the_plan()
    {
        var text = PlannerFixture.Stdout("hbal-L-C-imbalanced").Replace("gnt-instance migrate -f -n node2 inst6", "gnt-instance remove inst6", StringComparison.Ordinal);
        var e = Assert.Throws<GanetiException>(() => HbalOutputParser.Parse(text, ""));
        Assert.Equal(GanetiErrorKind.Unparseable, e.Kind);
        Assert.Contains("gnt-instance remove inst6", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hbal-L-C-G-missing", "Node group nosuchgroup not found. Node group list is: default Error: Aborting.")]
    [InlineData("hbal-L-C-print-moves-balanced", "Command line error: unrecognized option `--print-moves'")]
    [InlineData("t-hbal-multigroup", "Found multiple node groups: group-01 group-02 Error: Aborting.")]
    public void Failures_are_said_in_hbals_words(string name, string said)
    {
        var result = new CommandResult(PlannerFixture.ExitCode(name), PlannerFixture.Stdout(name), PlannerFixture.Stderr(name), TimeSpan.Zero);
        Assert.False(result.Succeeded);
        Assert.Equal(said, HtoolsOutput.Failure(result, "hbal").Message);
    }

    [Fact]
    public void Not_installed_is_said_as_the_shell_says_it()
    {
        var e = HtoolsOutput.Failure(new CommandResult(127, "", "sh: 1: hbal: not found\n", TimeSpan.Zero), "hbal");
        Assert.Equal(GanetiErrorKind.CommandNotFound, e.Kind);
    }

    [Fact]
    public void The_plan_becomes_stages_with_the_clusters_full_names()
    {
        var nodes = new[] { "node1.example.com", "node2.example.com", "node3.example.com" };
        var instances = new[] { "inst3.example.com", "inst6.example.com" };
        var stages = BalanceStages.Build(Parse("hbal-L-C-imbalanced"), nodes, instances, "rebalance");
        Assert.Equal(2, stages.Count);
        var first = Assert.IsType<InstanceMigrate>(Assert.Single(stages[0]));
        Assert.Equal(("inst3.example.com", "node3.example.com"), (first.Instance, first.TargetNode));
        Assert.Equal(["gnt-instance", "migrate", "-f", "--submit", "-n", "node3.example.com", "--reason", "rebalance", "inst3.example.com"], first.BuildArgv());
    }

    [Fact]
    public void A_drbd_job_is_three_stages_and_names_must_be_unambiguous()
    {
        var plan = Parse("t-hbal-evac-C");
        var nodes = new[] { "node-1", "node-2", "node-3", "node-E" };
        var instances = new[] { "inst-p1", "inst-p2", "inst-32a", "inst-s1" };
        var stages = BalanceStages.Build(plan, nodes, instances, "r");
        Assert.Equal(3 + 3 + 2 + 1, stages.Count);
        Assert.IsType<InstanceReplaceDisks>(Assert.Single(stages[1]));

        var e = Assert.Throws<ArgumentException>(() => BalanceStages.Build(Parse("hbal-L-C-imbalanced"), ["node1.a", "node2.a", "node3.a", "node3.b"], ["inst3.a", "inst6.a"], "r"));
        Assert.Contains("could be", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BalanceStages.Build(Parse("hbal-L-C-balanced"), nodes, instances, "r"));
    }

    [Fact]
    public void Options_build_hbals_argv_and_never_execute()
    {
        Assert.Equal(["hbal", "-L", "-C"], new HbalOptions().Argv());
        Assert.Equal(["hbal", "-L", "-C", "-G", "default", "--no-disk-moves", "--evac-mode", "--min-score=0.5", "--max-length=3"],
            new HbalOptions("default", NoDiskMoves: true, EvacMode: true, MinScore: 0.5, MaxLength: 3).Argv());
        Assert.Throws<ArgumentException>(() => new HbalOptions(Group: "x; rm -rf /").Argv());
    }
}
