using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;

namespace GntTui.Engine.Tests.Ganeti;

public class NodeListParserTests
{
    private readonly NodeListParser _parser = new();

    // The captures were taken without the group column; the Engine asks for it last.
    private static string WithGroup(string capture) =>
        string.Join('\n', capture.Split('\n').Where(l => l.Length > 0).Select(l => l + "|default"));

    private static string Reordered(string capture) =>
        // capture order: name,dtotal,dfree,mtotal,mnode,mfree,pinst_cnt,sinst_cnt,offline,drained,master_candidate,role
        string.Join('\n', capture.Split('\n').Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split('|');
            return string.Join('|', f[0], f[11], f[8], f[9], f[10], f[3], f[4], f[5], f[1], f[2], f[6], f[7]);
        }));

    [Fact]
    public void A_repeated_list_reuses_the_rows_of_unchanged_lines_and_still_reports_bad_ones()
    {
        var lab = WithGroup(Reordered(Fixture.Ganeti("06")));
        var first = _parser.Parse(lab + "\nbroken|line");
        var lines = lab.Split('\n');
        lines[1] = lines[1].Replace("|N|", "|Y|", StringComparison.Ordinal);
        var second = _parser.Parse(string.Join('\n', lines) + "\nbroken|line");

        Assert.Same(first.Rows[0], second.Rows[0]);
        Assert.Same(first.Rows[2], second.Rows[2]);
        Assert.NotSame(first.Rows[1], second.Rows[1]);
        Assert.Equal(new NodeListParser().Parse(string.Join('\n', lines)).Rows, second.Rows);
        Assert.Equal(first.Problems, second.Problems);
        Assert.Contains("line 4", Assert.Single(second.Problems));
    }

    [Fact]
    public void Reads_the_lab_node_list()
    {
        var result = _parser.Parse(WithGroup(Reordered(Fixture.Ganeti("06"))));

        Assert.True(result.IsClean, string.Join("; ", result.Problems));
        Assert.Equal(3, result.Rows.Count);
        var n1 = result.Rows[0];
        Assert.Equal("node1.example.com", n1.Name);
        Assert.Equal(NodeRole.Master, n1.Role);
        Assert.False(n1.Offline);
        Assert.True(n1.MasterCandidate);
        Assert.Equal(24105, n1.MemoryTotal.Value);
        Assert.Equal(22982, n1.MemoryFree.Value);
        Assert.Equal(258019, n1.DiskTotal.Value);
        Assert.Equal(2, n1.PrimaryCount);
        Assert.Equal("default", n1.Group);
        Assert.Equal(NodeRole.Candidate, result.Rows[1].Role);
    }

    [Fact]
    public void An_offline_node_has_no_numbers_not_zeroes()
    {
        var result = _parser.Parse(WithGroup(Reordered(Fixture.Ganeti("44"))));

        var n3 = Assert.Single(result.Rows, n => n.Name == "node3.example.com");
        Assert.True(n3.Offline);
        Assert.Equal(NodeRole.Offline, n3.Role);
        Assert.False(n3.MemoryFree.HasValue);
        Assert.Equal(FieldState.Offline, n3.MemoryFree.State);
        Assert.Equal(FieldState.Offline, n3.DiskTotal.State);
        Assert.Equal("*", n3.MemoryFree.ToString());
    }

    [Fact]
    public void A_drained_node_reads_as_drained()
    {
        var result = _parser.Parse(WithGroup(Reordered(Fixture.Ganeti("60"))));

        var n2 = Assert.Single(result.Rows, n => n.Name == "node2.example.com");
        Assert.True(n2.Drained);
        Assert.Equal(NodeRole.Drained, n2.Role);
    }

    [Theory]
    [InlineData("node1|M|N|N|Y|?|?|?|?|?|0|0|default", FieldState.NoData)]
    [InlineData("node1|M|N|N|Y|-|-|-|-|-|0|0|default", FieldState.Unavailable)]
    [InlineData("node1|M|N|N|Y|??|??|??|??|??|0|0|default", FieldState.Unknown)]
    public void Special_values_become_states(string line, FieldState expected)
    {
        var row = Assert.Single(_parser.Parse(line).Rows);
        Assert.Equal(expected, row.MemoryTotal.State);
        Assert.Equal(expected, row.DiskFree.State);
    }

    [Theory]
    [InlineData("node1.example.com|M|N|N|Y|24105|624")]
    [InlineData("node1.example.com|M|maybe|N|Y|24105|624|22982|258019|79605|2|0|default")]
    [InlineData("node1.example.com|M|N|N|Y|24.1G|624|22982|258019|79605|2|0|default")]
    [InlineData("no de|M|N|N|Y|1|1|1|1|1|2|0|default")]
    [InlineData("<html>|M|N|N|Y|1|1|1|1|1|2|0|default")]
    public void Garbled_lines_are_reported_not_guessed(string line)
    {
        var result = _parser.Parse("node2.example.com|C|N|N|Y|1|1|1|1|1|0|0|default\n" + line + "\n");

        Assert.Single(result.Rows);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("line 2", problem, StringComparison.Ordinal);
    }
}
