using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;
using GntTui.Engine.Planners;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;

namespace GntTui.Views.Tests.Screens;

/// <summary>:balance on a lab-shaped cluster with hbal's real answers (captured on the lab's master: tests/Engine.Tests/Fixtures/planners).</summary>
public sealed class BalanceViewTests
{
    // hbal -L -C on the lab after inst3 and inst4 were migrated onto node1 (hbal-L-C-imbalanced.stdout.txt).
    private const string Imbalanced = """
        Loaded 3 nodes, 6 instances
        Group size 3 nodes, 6 instances
        Selected node group: default
        Initial check done: 0 bad nodes, 0 bad instances.
        Initial score: 6.62107891
        Trying to minimize the CV...
            1. inst3 node1       => node3         3.75137133 a=fa:node3
            2. inst6 node1       => node2         0.24067516 a=fa:node2
        Cluster score improved from 6.62107891 to 0.24067516
        Solution length=2

        Commands to run to reach the above solution:

          echo jobset 1, 1 jobs
            echo job 1/1
            gnt-instance migrate -f -n node3 inst3

          echo jobset 2, 1 jobs
            echo job 2/1
            gnt-instance migrate -f -n node2 inst6
        """;

    private const string Balanced = """
        Loaded 3 nodes, 6 instances
        Group size 3 nodes, 6 instances
        Selected node group: default
        Initial check done: 0 bad nodes, 0 bad instances.
        Initial score: 0.24223280
        Trying to minimize the CV...
        No solution found
        Solution length=0

        Commands to run to reach the above solution:
        """;

    private static ClusterSnapshot Lab(string inst3On = "node1.example.com") => TestSnapshots.Small() with
    {
        Nodes = [TestSnapshots.Node("node1.example.com", NodeRole.Master), TestSnapshots.Node("node2.example.com", NodeRole.Candidate), TestSnapshots.Node("node3.example.com", NodeRole.Candidate)],
        Instances =
        [
            TestSnapshots.Instance("inst3.example.com", InstanceStatus.Running, "running", inst3On, template: "sharedfile", memory: 256),
            TestSnapshots.Instance("inst6.example.com", InstanceStatus.Running, "running", "node1.example.com", template: "sharedfile", memory: 384),
        ],
        Jobs = [],
    };

    private static BalanceUpdate Answer(string stdout) => new(new HbalOptions(), HbalOutputParser.Parse(stdout, ""), null, TestClock.Start);

    private static ConsoleDriver Shown(string stdout, ClusterSnapshot? snapshot = null, bool readOnly = false)
    {
        var options = new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: readOnly, IsDemo: false, ClusterLabel: "lab") { Operator = "alice@console" };
        var console = new ConsoleDriver(snapshot ?? Lab(), options, width: 160, height: 30);
        console.Press("8");
        console.Post(Answer(stdout));
        return console;
    }

    [Fact]
    public void Showing_it_asks_hbal_and_says_so_until_the_answer()
    {
        var console = new ConsoleDriver(Lab(), width: 160);
        console.Press("8");
        Assert.Equal(ViewKind.Balance, console.App.ActiveView);
        var ask = Assert.IsType<ConsoleIntent.PlanBalance>(Assert.Single(console.Intents));
        Assert.Equal(["hbal", "-L", "-C"], ask.Options.Argv());
        Assert.Contains("asking hbal for a plan: hbal -L -C", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_shows_scores_moves_and_jobsets()
    {
        var text = Shown(Imbalanced).Text();
        Assert.Contains("2 moves in 2 jobsets: score 6.62107891 → 0.24067516", text, StringComparison.Ordinal);
        Assert.Contains("inst3", text, StringComparison.Ordinal);
        Assert.Contains("migrate to node3", text, StringComparison.Ordinal);
        Assert.Contains("gnt-instance migrate -f -n node2 inst6", text, StringComparison.Ordinal);
        Assert.Contains("x execute", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_solution_is_said_and_x_sends_nothing()
    {
        var console = Shown(Balanced);
        Assert.Contains("no solution found: no move improves the score (0.2422328)", console.Text(), StringComparison.Ordinal);
        console.Press("x");
        Assert.Null(console.App.OperationDialog);
        Assert.Contains("nothing to send", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void X_confirms_the_plan_and_y_sends_it_in_jobset_stages_with_full_names()
    {
        var console = Shown(Imbalanced);
        console.Intents.Clear();
        console.Press("x");
        var dialog = console.App.OperationDialog;
        Assert.NotNull(dialog);
        Assert.Equal([1, 1], dialog.Request.Stages);
        Assert.Contains("gnt-instance migrate -f --submit -n node3.example.com", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        var sent = Assert.IsType<ConsoleIntent.SubmitStages>(Assert.Single(console.Intents));
        Assert.Equal(2, sent.Stages.Count);
        var first = Assert.IsType<InstanceMigrate>(Assert.Single(sent.Stages[0]));
        Assert.Equal(("inst3.example.com", "node3.example.com"), (first.Instance, first.TargetNode));
        Assert.StartsWith("rebalance: hbal plan, score 6.62107891 -> 0.24067516", first.Reason, StringComparison.Ordinal);
        Assert.Equal("inst6.example.com", Assert.IsType<InstanceMigrate>(Assert.Single(sent.Stages[1])).Instance);
    }

    [Fact]
    public void A_plan_older_than_the_cluster_is_not_sent()
    {
        var console = Shown(Imbalanced);
        console.Post(Lab(inst3On: "node2.example.com"));
        console.Press("x");
        Assert.Null(console.App.OperationDialog);
        Assert.Contains("the plan is out of date: inst3 is on node2.example.com now", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_only_refuses_x_with_the_reason_and_keeps_the_plan()
    {
        var console = Shown(Imbalanced, readOnly: true);
        console.Press("x");
        Assert.Null(console.App.OperationDialog);
        Assert.Contains("read-only", console.Text(), StringComparison.Ordinal);
        Assert.Contains("migrate to node3", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ask_hbal_again()
    {
        var console = Shown(Imbalanced);
        console.Intents.Clear();
        console.Press("D");
        var ask = Assert.IsType<ConsoleIntent.PlanBalance>(Assert.Single(console.Intents));
        Assert.Equal(["hbal", "-L", "-C", "--no-disk-moves"], ask.Options.Argv());
        Assert.Contains("hbal running… (hbal -L -C --no-disk-moves)", console.Text(), StringComparison.Ordinal);
        console.Press("L");
        Assert.Equal(["hbal", "-L", "-C", "--no-disk-moves", "--max-length=1"], Assert.IsType<ConsoleIntent.PlanBalance>(console.Intents[^1]).Options.Argv());
    }

    [Fact]
    public void Hbals_failure_is_said_in_its_words()
    {
        var console = new ConsoleDriver(Lab(), width: 160);
        console.Press("8");
        console.Post(new BalanceUpdate(new HbalOptions(), null, "hbal: not found on the remote side (bash: line 1: hbal: command not found)", TestClock.Start));
        Assert.Contains("hbal failed: hbal: not found on the remote side", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paused_watcher_is_in_the_header_and_the_room_in_the_nodes_footer()
    {
        var console = new ConsoleDriver(Lab(), width: 160);
        console.Post(new WatcherUpdate(WatcherOutputParser.Parse("The watcher is paused until Thu Dec  3 13:12:37 2026.\n"), null, TestClock.Start));
        console.Post(new CapacityUpdate(HspaceOutputParser.Parse("The cluster has 3 nodes and the following resources:\nStandard (fixed-size) instance spec is:\n  MEM 128, DSK 1024, CPU 1, using disk template 'file'.\nNormal (fixed-size) allocation results:\n  -  11 instances allocated\n  - most likely failure reason: FailCPU\n", ""), null, TestClock.Start));
        var lines = console.Text().Split('\n');
        Assert.Contains("watcher paused until 13:12", lines[0], StringComparison.Ordinal);
        Assert.Contains("room for 11 more std instances (128M/1G/1cpu), limited by CPU", lines[^2] + lines[^1], StringComparison.Ordinal);

        console.Post(new WatcherUpdate(WatcherStatus.Running, null, TestClock.Start));
        Assert.DoesNotContain("watcher paused", console.Text().Split('\n')[0], StringComparison.Ordinal);
        console.Press("2");
        Assert.DoesNotContain("room for", console.Text(), StringComparison.Ordinal);
    }
}
