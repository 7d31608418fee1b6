using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Live;

namespace GntTui.Engine.Tests.Live;

/// <summary>A row refused for a bad name is counted and carried to the snapshot, never silently missing.</summary>
public sealed class RefusedRowsTests
{
    private const string HostileLine = "inst7$(reboot).example.com|running|Y|up|node1.example.com||diskless|128|1|128";

    private static Fakes.ScriptedShell Cluster(string instances) => new Fakes.ScriptedShell()
        .On(GanetiQueries.ClusterInfo(), "Cluster name: c.example.com\nMaster node: node1.example.com\n")
        .On(GanetiQueries.ClusterVersion(), "Software version: 3.0.2\n")
        .On(GanetiQueries.NodeList(), "node1.example.com|M|N|N|Y|1|1|1|1|1|0|0|default\nnode\u001b[2J2.example.com|C|N|N|Y|1|1|1|1|1|0|0|default\n")
        .On(GanetiQueries.InstanceList(), instances)
        .On(GanetiQueries.JobList(), "");

    [Fact]
    public async Task Rows_with_names_Ganeti_would_not_accept_are_counted_in_the_snapshot()
    {
        // The lab's own instance list (these fields, this separator) with one hostile line in the middle.
        var lab = Fixture.Ganeti("12").Split('\n');
        var instances = string.Join('\n', [.. lab[..3], HostileLine, .. lab[3..]]);
        var monitor = new ClusterMonitor(new GanetiClient(Cluster(instances)), "c");

        var s = await monitor.RefreshAsync(CancellationToken.None);

        Assert.Equal(6, s.Instances.Count);
        Assert.Single(s.Nodes);
        Assert.Equal(2, s.RefusedOrNone.Count);
        Assert.Equal("2 rows refused: bad names", s.RefusedOrNone.Summary);
        var instance = Assert.Single(s.RefusedOrNone.Instances);
        Assert.StartsWith("instance list line 4: invalid instance name: inst7$(reboot)", instance, StringComparison.Ordinal);
        var node = Assert.Single(s.RefusedOrNone.Nodes);
        Assert.DoesNotContain('\u001b', node);
    }

    [Fact]
    public void A_line_with_the_wrong_field_count_is_refused_as_not_understood()
    {
        var r = new InstanceListParser().Parse("inst1.example.com|running\n");
        var refused = new RefusedRows([], r.Problems, []);

        Assert.Equal("1 row refused: not understood", refused.Summary);
        Assert.StartsWith("1 refused, not shown: instance list line 1: expected 10 fields", RefusedRows.Note(refused.Instances), StringComparison.Ordinal);
    }
}
