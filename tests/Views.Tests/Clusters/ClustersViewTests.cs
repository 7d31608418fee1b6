using GntTui.Engine.Fleet;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Tests.Screens;

namespace GntTui.Views.Tests.Clusters;

/// <summary>The clusters view (<c>:ctx</c>, alias <c>:cluster</c>, key 8) and its switching intents.</summary>
public sealed class ClustersViewTests
{
    private static readonly IReadOnlyList<ClusterSummary> Fleet =
    [
        new("prod-a", false) { IsActive = true, Reachable = true, Master = "node1.example.com", Nodes = 4, Instances = 7, RunningJobs = 1, Resyncs = 2, UnhealthyNodes = 0, UnhealthyInstances = 1, TakenAt = TestClock.Start - TimeSpan.FromSeconds(3) },
        new("prod-b", false) { Reachable = false, MasterGone = true, Why = "This is not the master node, please connect to node 'node2.example.com' and rerun the command", Master = "node1.example.com", Nodes = 3, TakenAt = TestClock.Start - TimeSpan.FromMinutes(5), FromCache = true },
        new("demo", true),
    ];

    private static ConsoleDriver WithFleet()
    {
        var console = new ConsoleDriver();
        console.Post(new ClusterRows(Fleet));
        return console;
    }

    [Fact]
    public void Key_0_lists_every_cluster_with_its_state_master_counts_and_age()
    {
        var console = WithFleet();

        console.Press("0");
        var text = console.Text();

        Assert.Equal(ViewKind.Clusters, console.App.ActiveView);
        Assert.Equal(["demo", "prod-a", "prod-b"], console.Keys());
        Assert.Contains("Clusters [3]", text, StringComparison.Ordinal);
        Assert.Contains("* prod-a", text, StringComparison.Ordinal);
        Assert.Contains("master gone: This is", text, StringComparison.Ordinal);
        Assert.Contains("demo (demo)", text, StringComparison.Ordinal);
        Assert.Contains("not polled yet", text, StringComparison.Ordinal);
        Assert.Contains("cached 5m", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Enter_on_a_row_asks_to_switch_to_that_cluster_and_nothing_else()
    {
        var console = WithFleet();
        console.Press("0");

        console.Press("j j Enter");

        Assert.Equal(new ConsoleIntent.SwitchCluster("prod-b"), Assert.Single(console.Intents));
        Assert.Null(console.App.OperationDialog);
    }

    [Fact]
    public void Colon_ctx_with_a_name_switches_directly_from_any_view()
    {
        var console = WithFleet();
        console.Press("2");

        console.Press(":");
        console.Type("ctx prod-b");
        console.Press("Enter");

        Assert.Equal(new ConsoleIntent.SwitchCluster("prod-b"), Assert.Single(console.Intents));
        Assert.Equal(ViewKind.Instances, console.App.ActiveView);
    }

    [Fact]
    public void Colon_cluster_alone_shows_the_list()
    {
        var console = WithFleet();

        console.Press(":");
        console.Type("cluster");
        console.Press("Enter");

        Assert.Equal(ViewKind.Clusters, console.App.ActiveView);
        Assert.Empty(console.Intents);
    }

    [Fact]
    public void Describe_shows_every_figure_and_says_resyncs_are_sampled_only_in_front()
    {
        var console = WithFleet();
        console.Press("0");

        console.Press("j j i");
        var text = console.Text();

        Assert.Contains("cluster prod-b", text, StringComparison.Ordinal);
        Assert.Contains("sampled only for the cluster in front", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_several_profiles_the_header_names_the_profile_before_the_clusters_own_name()
    {
        var options = new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: false, IsDemo: false, "prod-a") { NamesProfile = true };

        var text = new ConsoleDriver(options: options).Text();

        Assert.StartsWith(" prod-a · prod-a.example.com ", text.Split('\n')[0], StringComparison.Ordinal);
    }
}
