using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Ganeti;

public class OutputParserTests
{
    [Fact]
    public void Reads_cluster_info_and_version()
    {
        var info = ClusterInfoParser.Parse(Fixture.Ganeti("01"), "Software version: 3.0.2\nInternode protocol: 3000000\n");

        Assert.NotNull(info);
        Assert.Equal("cluster.example.com", info.Name);
        Assert.Equal("node1.example.com", info.MasterNode);
        Assert.Equal("3.0.2", info.Version);
    }

    [Fact]
    public void Cluster_info_without_a_master_is_not_a_cluster()
    {
        Assert.Null(ClusterInfoParser.Parse("garbage\n<html>\n", ""));
    }

    [Theory]
    [InlineData("31", 38L)]
    [InlineData("47", 55L)]
    [InlineData("83", 74L)]
    public void Reads_the_job_id_of_a_submit(string capture, long expected)
    {
        Assert.Equal(expected, SubmitOutputParser.TryParse(Fixture.Ganeti(capture)));
    }

    [Fact]
    public void No_job_id_in_other_output()
    {
        Assert.Null(SubmitOutputParser.TryParse("Submitted jobs 15, 16\n"));
        Assert.Null(SubmitOutputParser.TryParse(""));
    }

    [Theory]
    [InlineData("JobID: 99999999999999999999999999\n")]
    [InlineData("99999999999999999999999999\n")]
    [InlineData("Submitted jobs 15, 99999999999999999999999999\n")]
    public void A_job_id_past_a_long_is_no_job_id_not_an_overflow(string output)
    {
        // Found by the fault suite: long.Parse threw OverflowException out of the submit, past its audit row.
        var submitted = SubmitOutputParser.Parse(output, "");

        Assert.DoesNotContain(submitted.Jobs, j => j.Id <= 0);
        Assert.Null(SubmitOutputParser.TryParse(output) is { } id && id != 15 ? id : null);
    }

    [Fact]
    public void Reads_verify_findings_in_error_code_form()
    {
        var findings = VerifyOutputParser.Parse(Fixture.Ganeti("03"));

        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal("ENODESETUP", f.Code));
        Assert.Equal("node", findings[0].ObjectType);
        Assert.Equal("node1.example.com", findings[0].ObjectName);
        Assert.Equal("ERROR", findings[0].Severity);
        Assert.StartsWith("node setup error: The procfs", findings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("27", GanetiErrorKind.PrerequisitesNotMet, "wrong_state", "Instance's disk layout 'file' does not allow migrations")]
    [InlineData("30", GanetiErrorKind.PrerequisitesNotMet, "wrong_state", "Instance's disk layout 'file' does not allow failovers")]
    [InlineData("46", GanetiErrorKind.PrerequisitesNotMet, "environment_error", "Can't get data from node node3.example.com: Node is marked offline")]
    [InlineData("79", GanetiErrorKind.NotMaster, "wrong_input", "This is not the master node, please connect to node 'node1.example.com' and rerun the command")]
    public void Maps_ganeti_failures_with_their_own_message(string capture, GanetiErrorKind kind, string type, string message)
    {
        var e = GanetiErrorParser.FromResult(new CommandResult(1, "", Fixture.Ganeti(capture), TimeSpan.Zero), "gnt-instance migrate");

        Assert.Equal(kind, e.Kind);
        Assert.Equal(type, e.ErrorType);
        Assert.Equal(message, e.Message);
        Assert.Equal(1, e.ExitCode);
    }

    [Fact]
    public void A_silent_exit_1_is_an_unanswered_prompt()
    {
        var e = GanetiErrorParser.FromResult(new CommandResult(1, "", "", TimeSpan.Zero), "gnt-instance migrate");

        Assert.Equal(GanetiErrorKind.PromptWithoutTerminal, e.Kind);
        Assert.Contains("no terminal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_command_is_named()
    {
        var e = GanetiErrorParser.FromResult(new CommandResult(127, "", "sh: 1: gnt-node: not found\n", TimeSpan.Zero), "gnt-node list");

        Assert.Equal(GanetiErrorKind.CommandNotFound, e.Kind);
        Assert.Contains("gnt-node list", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_failures_keep_the_last_lines()
    {
        var e = GanetiErrorParser.FromResult(new CommandResult(1, "", "Traceback...\n  boom\nOpExecError: disk failed\n", TimeSpan.Zero), "gnt-instance startup");

        Assert.Equal(GanetiErrorKind.OperationFailed, e.Kind);
        Assert.Contains("OpExecError: disk failed", e.Message, StringComparison.Ordinal);
    }
}
