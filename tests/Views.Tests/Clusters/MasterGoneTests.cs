using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Views.Live;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Tests.Screens;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Clusters;

/// <summary>The header when the master is gone, the way out it names, and the failover's confirmation.</summary>
public sealed class MasterGoneTests
{
    private static MasterFailoverCheck Check(bool noVoting) => new(
        new FailoverCandidate("node2.example.com", "root@node2.example.com"), "node1.example.com", "node1.example.com",
        ["node2.example.com"], ["node1.example.com", "node3.example.com"], noVoting,
        [PreflightFinding.Warning("NO_VOTING", "only 1 of 3 nodes answer")],
        noVoting ? ["gnt-cluster", "master-failover", "--no-voting", "--yes-do-it"] : ["gnt-cluster", "master-failover"]);

    [Fact]
    public void The_header_says_the_master_is_gone_and_names_the_way_out()
    {
        var gone = TestSnapshots.Small(ConnectionState.Stale, "Cannot communicate with the master daemon.") with { MasterGone = true };

        var header = new ConsoleDriver(gone).Text().Split('\n')[0];

        Assert.Contains("▲ master gone", header, StringComparison.Ordinal);
        Assert.Contains("Cannot communicate with the master daemon.", header, StringComparison.Ordinal);
        Assert.Contains(":failover", header, StringComparison.Ordinal);
    }

    [Fact]
    public void However_long_ganetis_reason_the_header_keeps_the_way_out()
    {
        // lib/cli.py FormatError for rpcerr.TimeoutError: the lab's answer while luxid stops (its first line).
        const string reason = "Timeout while talking to the master daemon. Jobs might have been submitted and will continue to run even if the call timed out."
            + " Useful commands in this situation are \"gnt-job list\", \"gnt-job cancel\" and \"gnt-job watch\". Error:";
        var gone = TestSnapshots.Small(ConnectionState.Stale, reason) with { MasterGone = true };

        var header = new ConsoleDriver(gone).Text().Split('\n')[0];

        Assert.Contains("▲ master gone", header, StringComparison.Ordinal);
        Assert.Contains(":failover", header, StringComparison.Ordinal);
        Assert.Contains("Timeout while talking", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Colon_failover_asks_to_check_a_candidate()
    {
        var console = new ConsoleDriver();

        console.Press(":");
        console.Type("failover node2");
        console.Press("Enter");

        Assert.Equal(new ConsoleIntent.CheckFailover("node2"), Assert.Single(console.Intents));
    }

    [Fact]
    public void No_voting_shows_ganetis_warning_and_the_exact_command_and_needs_the_candidates_name_typed()
    {
        var (question, onYes) = FailoverDesk.Question(Check(noVoting: true));

        Assert.Equal(DialogKind.TypedConfirm, question.Kind);
        Assert.Equal("node2.example.com", question.RequiredText);
        Assert.Equal("ssh root@node2.example.com gnt-cluster master-failover --no-voting --yes-do-it", question.Detail);
        Assert.Contains("Ganeti: This will perform the failover even if most other nodes are down", question.Message, StringComparison.Ordinal);
        Assert.Equal("node2.example.com", Assert.IsType<ConsoleIntent.RunFailover>(onYes()).Typed);
    }

    [Fact]
    public void With_voting_it_is_a_dangerous_yes_or_no_starting_on_cancel()
    {
        var (question, onYes) = FailoverDesk.Question(Check(noVoting: false));

        Assert.Equal(DialogKind.Confirm, question.Kind);
        Assert.True(question.IsDangerous);
        Assert.Equal(1, question.SelectedButton);
        Assert.Equal("ssh root@node2.example.com gnt-cluster master-failover", question.Detail);
        Assert.Null(Assert.IsType<ConsoleIntent.RunFailover>(onYes()).Typed);
    }
}
