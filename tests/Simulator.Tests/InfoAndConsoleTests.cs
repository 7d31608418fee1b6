using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>gnt-instance info's DRBD layout as Ganeti's formatting code has it, and gnt-instance console as the lab's fake hypervisor answers.</summary>
public class InfoAndConsoleTests
{
    [Fact]
    public void A_drbd_instance_names_its_secondary_on_one_line_as_ganeti_joins_it()
    {
        var (c, _) = TestClusters.Lab();

        var lines = c.Run("gnt-instance", "info", "big.example.com").Stdout.Split('\n');

        // _FormatInstanceNodesInfo: ("secondaries", utils.CommaJoin(...)), a string, not a list.
        Assert.Matches(@"^    - secondaries: node2\.example\.com \(group default, group UUID [0-9a-f-]{36}\)$", lines.Single(l => l.Contains("secondaries", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("      nodeA: node1.example.com, minor=", StringComparison.Ordinal));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^      port: \d+$"));
    }

    [Fact]
    public void A_non_mirrored_instance_has_an_empty_secondaries_line()
    {
        var (c, _) = TestClusters.Lab();

        var lines = c.Run("gnt-instance", "info", "file.example.com").Stdout.Split('\n');

        Assert.Contains("    - secondaries: ", lines);
    }

    [Fact]
    public void Console_answers_like_the_labs_fake_hypervisor()
    {
        var (c, _) = TestClusters.Lab();

        var plain = c.Run("gnt-instance", "console", "big.example.com");
        var shown = c.Run("gnt-instance", "console", "--show-cmd", "big.example.com");

        // Captures 96 and 97: the message on stdout, exit 0, with or without --show-cmd.
        Assert.Equal((0, "Console not available for fake hypervisor\n", ""), (plain.ExitCode, plain.Stdout, plain.Stderr));
        Assert.Equal((0, "Console not available for fake hypervisor\n", ""), (shown.ExitCode, shown.Stdout, shown.Stderr));
    }

    [Fact]
    public void Console_of_an_unknown_instance_fails_as_ganeti_does()
    {
        var (c, _) = TestClusters.Lab();

        var r = c.Run("gnt-instance", "console", "nosuch.example.com");

        // Capture 98.
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Failure: prerequisites not met for this operation:\nerror type: unknown_entity, error details:\nInstance 'nosuch.example.com' does not exist\n", r.Stderr);
    }

    [Fact]
    public void Console_of_a_stopped_instance_says_it_is_not_running()
    {
        var (c, _) = TestClusters.Lab();

        var r = c.Run("gnt-instance", "console", "down.example.com");

        // ConnectToInstanceConsole: no console data and oper_state false.
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Failure: command execution error:\nInstance down.example.com is not running, can't get console\n", r.Stderr);
    }

    [Fact]
    public void List_tags_prints_none_for_an_untagged_object()
    {
        var (c, _) = TestClusters.Lab();

        Assert.Equal((0, ""), (c.Run("gnt-instance", "list-tags", "big.example.com").ExitCode, c.Run("gnt-instance", "list-tags", "big.example.com").Stdout));
        Assert.Equal((0, ""), (c.Run("gnt-node", "list-tags", "node1.example.com").ExitCode, c.Run("gnt-node", "list-tags", "node1.example.com").Stdout));
        Assert.Equal(1, c.Run("gnt-node", "list-tags", "nosuch.example.com").ExitCode);
    }
}
