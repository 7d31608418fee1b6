using GntTui.Engine.Planners;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Tests.Screens;

/// <summary>:roll with hroller's real answer for the lab (tests/Engine.Tests/Fixtures/planners/hroller-L.stdout.txt).</summary>
public sealed class RollViewTests
{
    private const string Lab = "'Node Reboot Groups'\nnode3.example.com\nnode2.example.com,node1.example.com\n";

    private static ConsoleDriver Shown()
    {
        var console = new ConsoleDriver(width: 160);
        console.Press("9");
        console.Post(new RollUpdate(new HrollerOptions(), HrollerOutputParser.Parse(Lab, ""), null, TestClock.Start));
        return console;
    }

    [Fact]
    public void Showing_it_asks_hroller_and_lists_its_groups()
    {
        var console = new ConsoleDriver(width: 160);
        console.Press("9");
        Assert.Equal(ViewKind.Roll, console.App.ActiveView);
        Assert.Equal(["hroller", "-L"], Assert.IsType<ConsoleIntent.PlanRoll>(Assert.Single(console.Intents)).Options.Argv());
        console.Post(new RollUpdate(new HrollerOptions(), HrollerOutputParser.Parse(Lab, ""), null, TestClock.Start));
        var text = console.Text();
        Assert.Contains("2 reboot group(s) · hroller -L", text, StringComparison.Ordinal);
        Assert.Contains("node2.example.com, node1.example.com", text, StringComparison.Ordinal);
        Assert.Contains("x run group", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ask_hroller_again()
    {
        var console = Shown();
        console.Intents.Clear();
        console.Press("F");
        console.Press("O");
        Assert.Equal(["hroller", "-L", "--full-evacuation", "--one-step-only"], Assert.IsType<ConsoleIntent.PlanRoll>(console.Intents[^1]).Options.Argv());
        Assert.Contains("hroller running…", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void X_on_a_group_of_several_nodes_starts_a_runbook_on_each()
    {
        var console = Shown();
        console.Render();
        Assert.True(console.App.ActiveScreen.Table.SelectKey("2"));
        console.Intents.Clear();
        console.Press("x");
        Assert.NotNull(console.App.Question);
        Assert.Contains("node2.example.com, node1.example.com", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        Assert.Equal(["node2.example.com", "node1.example.com"], Assert.IsType<ConsoleIntent.StartRunbooks>(Assert.Single(console.Intents)).Nodes);
    }

    [Fact]
    public void A_group_the_refresh_does_not_know_is_refused()
    {
        var console = new ConsoleDriver(width: 160);
        console.Press("9");
        console.Post(new RollUpdate(new HrollerOptions(), HrollerOutputParser.Parse("'Node Reboot Groups'\nnode9.example.com\n", ""), null, TestClock.Start));
        console.Press("x");
        Assert.Null(console.App.Question);
        Assert.Contains("names nodes the latest refresh does not list", console.Text(), StringComparison.Ordinal);
    }
}
