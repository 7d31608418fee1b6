using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Model;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Themes;

namespace GntTui.Views.Tests.Screens;

/// <summary>Rows the parsers refused are said in the header and in the list they are missing from.</summary>
public class RefusedRowsViewTests
{
    // gnt-instance list --no-headers --separator=| as the lab prints it, one hostile name among them.
    private const string InstanceList =
        "inst1.example.com|running|Y|up|node1.example.com||diskless|128|1|128\n"
        + "inst2.example.com|running|Y|up|node2.example.com||file|256|1|256\n"
        + "inst3;reboot.example.com|running|Y|up|node3.example.com||sharedfile|256|2|256\n";

    private const string NodeList =
        "node1.example.com|M|N|N|Y|1|1|1|1|1|0|0|default\n"
        + "-oProxyCommand=x|C|N|N|Y|1|1|1|1|1|0|0|default\n";

    private static ClusterSnapshot WithRefused()
    {
        var nodes = new NodeListParser().Parse(NodeList);
        var instances = new InstanceListParser().Parse(InstanceList);
        return TestSnapshots.Small() with { Refused = new RefusedRows(nodes.Problems, instances.Problems, []) };
    }

    [Fact]
    public void The_header_says_rows_were_refused()
    {
        var (text, role) = HeaderBuilder.Status(WithRefused(), TestSnapshots.TakenAt.AddSeconds(3));

        Assert.StartsWith("● live · updated", text, StringComparison.Ordinal);
        Assert.Contains("2 rows refused: bad names", text, StringComparison.Ordinal);
        Assert.Equal(StyleRole.Warning, role);
    }

    [Fact]
    public void A_clean_refresh_says_nothing_about_refused_rows()
    {
        var (text, role) = HeaderBuilder.Status(TestSnapshots.Small(), TestSnapshots.TakenAt.AddSeconds(3));

        Assert.DoesNotContain("refused", text, StringComparison.Ordinal);
        Assert.Equal(StyleRole.Running, role);
    }

    [Fact]
    public void Each_list_says_how_many_of_its_rows_are_not_shown_and_why()
    {
        var console = new ConsoleDriver(WithRefused(), width: 200);

        var nodes = console.Text();
        Assert.Contains("2 rows refused", nodes, StringComparison.Ordinal);
        Assert.Contains("1 refused, not shown: node list line 2: invalid node name: -oProxyCommand=x", nodes, StringComparison.Ordinal);

        console.Press("2");
        var instances = console.Text();
        Assert.Contains("1 refused, not shown: instance list line 3: invalid instance name: inst3;reboot", instances, StringComparison.Ordinal);
    }
}
