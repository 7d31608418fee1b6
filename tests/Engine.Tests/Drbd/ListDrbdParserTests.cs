using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

public class ListDrbdParserTests
{
    [Fact]
    public void Separator_output()
    {
        var notes = new List<string>();
        var rows = ListDrbdParser.Parse(Fixture.Text("list-drbd_node1.txt"), notes);
        Assert.Empty(notes);
        Assert.Equal(4, rows.Count);
        Assert.Equal(new DrbdMinorMapping("node1.example.com", 0, "inst1.example.com", 0, DrbdRole.Primary, "node2.example.com"), rows[0]);
        Assert.Equal(new DrbdMinorMapping("node1.example.com", 2, "inst2.example.com", 0, DrbdRole.Secondary, "node2.example.com"), rows[2]);
        Assert.Equal(1, rows[1].DiskIndex);
    }

    [Fact]
    public void Padded_output_with_header()
    {
        var notes = new List<string>();
        var rows = ListDrbdParser.Parse(Fixture.Text("list-drbd_padded.txt"), notes);
        Assert.Equal([0, 10], rows.Select(r => r.Minor));
        Assert.Equal((2, DrbdRole.Secondary), (rows[1].DiskIndex, rows[1].Role));
        Assert.Single(notes);
    }

    [Theory]
    [InlineData("node1|0|inst|disk/0|primary")]
    [InlineData("node1|x|inst|disk/0|primary|node2")]
    [InlineData("node1|0|inst|disk/x|primary|node2")]
    [InlineData("node1|-1|inst|disk/0|primary|node2")]
    [InlineData("|0|inst|disk/0|primary|node2")]
    public void Unreadable_rows_are_skipped_with_a_note(string line)
    {
        var notes = new List<string>();
        Assert.Empty(ListDrbdParser.Parse(line, notes));
        Assert.Single(notes);
    }

    [Fact]
    public void Unknown_role_is_kept_with_a_note()
    {
        var notes = new List<string>();
        var row = Assert.Single(ListDrbdParser.Parse("node1|3|inst|0|tertiary|node2\r\n", notes));
        Assert.Equal((DrbdRole.Unknown, 0), (row.Role, row.DiskIndex));
        Assert.Single(notes);
    }

    [Fact]
    public void Nothing_in_nothing_out()
    {
        Assert.Empty(ListDrbdParser.Parse(null));
        Assert.Empty(ListDrbdParser.Parse("\n\n"));
    }
}
