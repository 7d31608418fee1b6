using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;

namespace GntTui.Engine.Tests.Ganeti;

public class InstanceListParserTests
{
    private readonly InstanceListParser _parser = new();

    [Theory]
    [InlineData("12")]
    [InlineData("20")]
    [InlineData("34")]
    [InlineData("38")]
    [InlineData("42")]
    [InlineData("66")]
    [InlineData("69")]
    public void Reads_every_lab_instance_list(string capture)
    {
        var result = _parser.Parse(Fixture.Ganeti(capture));

        Assert.True(result.IsClean, string.Join("; ", result.Problems));
        Assert.Equal(6, result.Rows.Count);
        Assert.All(result.Rows, i => Assert.NotEqual(InstanceStatus.Unknown, i.Status));
    }

    [Fact]
    public void Reads_fields_of_a_running_instance()
    {
        var rows = _parser.Parse(Fixture.Ganeti("12")).Rows;

        var i3 = rows.Single(i => i.Name == "inst3.example.com");
        Assert.Equal(InstanceStatus.Running, i3.Status);
        Assert.True(i3.OperState.Value);
        Assert.Equal("up", i3.AdminState);
        Assert.Equal("node3.example.com", i3.PrimaryNode);
        Assert.Empty(i3.SecondaryNodes);
        Assert.Equal("sharedfile", i3.DiskTemplate);
        Assert.Equal(256, i3.Memory.Value);
        Assert.Equal(2, i3.Vcpus.Value);
        Assert.True(i3.CanMigrate);
        Assert.False(rows.Single(i => i.Name == "inst2.example.com").CanMigrate);
    }

    [Fact]
    public void A_crashed_instance_has_no_oper_ram()
    {
        var i6 = _parser.Parse(Fixture.Ganeti("66")).Rows.Single(i => i.Name == "inst6.example.com");

        Assert.Equal(InstanceStatus.ErrorDown, i6.Status);
        Assert.False(i6.OperState.Value);
        Assert.Equal(FieldState.Unavailable, i6.OperRam.State);
    }

    [Fact]
    public void Reads_drbd_secondaries()
    {
        var row = Assert.Single(_parser.Parse("db1.example.com|running|Y|up|node1|node2,node3|drbd|4096|2|4096").Rows);

        Assert.Equal(["node2", "node3"], row.SecondaryNodes);
        Assert.True(row.IsDrbd);
    }

    [Theory]
    [InlineData("ERROR_nodeoffline", InstanceStatus.ErrorNodeOffline)]
    [InlineData("ERROR_nodedown", InstanceStatus.ErrorNodeDown)]
    [InlineData("ERROR_up", InstanceStatus.ErrorUp)]
    [InlineData("ERROR_wrongnode", InstanceStatus.ErrorWrongNode)]
    [InlineData("ADMIN_down", InstanceStatus.AdminDown)]
    [InlineData("ADMIN_offline", InstanceStatus.AdminOffline)]
    [InlineData("USER_down", InstanceStatus.UserDown)]
    [InlineData("something_new", InstanceStatus.Unknown)]
    public void Maps_every_status(string text, InstanceStatus expected)
    {
        var row = Assert.Single(_parser.Parse($"a.example.com|{text}|*|up|node3||diskless|128|1|*").Rows);
        Assert.Equal(expected, row.Status);
        Assert.Equal(text, row.StatusText);
        Assert.Equal(FieldState.Offline, row.OperState.State);
    }
}
