using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Planners;
using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Tests.Screens;

/// <summary>
/// :roll's roll: R starts it over hroller's groups with the watcher box ticked (space unticks it),
/// the roll's own groups and state replace hroller's rows while it is open, c continues a held roll
/// (typing the blocked nodes' names when blockers held it), P holds it, A abandons it.
/// </summary>
public sealed class RollingViewTests
{
    private const string Lab = "'Node Reboot Groups'\nnode3.example.com\nnode2.example.com,node1.example.com\n";
    private static readonly DateTimeOffset At = TestClock.Start;

    private static ConsoleDriver Shown()
    {
        var console = new ConsoleDriver(width: 160);
        console.Press("9");
        console.Post(new RollUpdate(new HrollerOptions(), HrollerOutputParser.Parse(Lab, ""), null, At));
        console.Intents.Clear();
        return console;
    }

    private static RollState Roll(string? stopped = null, IReadOnlyList<string>? blocked = null) =>
        new(7, "cluster", At, [new RollGroup(1, ["node3.example.com"]) { Done = true, Runbooks = new Dictionary<string, long> { ["node3.example.com"] = 3 } }, new RollGroup(2, ["node2.example.com", "node1.example.com"])])
        {
            PauseWatcher = true,
            Watcher = new WatcherHold(true, "Thu Dec  3 14:00:00 2026", "watcher paused until 14:00"),
            Stopped = stopped,
            Blocked = blocked ?? [],
        };

    [Fact]
    public void R_starts_the_roll_over_hrollers_groups_with_the_watcher_paused()
    {
        var console = Shown();
        console.Press("R");
        var text = console.Text();
        Assert.Contains("Rolling maintenance: 2 reboot group(s)", text, StringComparison.Ordinal);
        Assert.Contains("[x] pause the watcher for the roll", text, StringComparison.Ordinal);
        console.Press("y");
        var start = Assert.IsType<ConsoleIntent.StartRoll>(Assert.Single(console.Intents));
        Assert.True(start.PauseWatcher);
        Assert.Equal([["node3.example.com"], ["node2.example.com", "node1.example.com"]], start.Groups);
    }

    [Fact]
    public void Space_unticks_the_watcher_box()
    {
        var console = Shown();
        console.Press("R");
        console.Press("Space");
        Assert.Contains("[ ] pause the watcher for the roll", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        Assert.False(Assert.IsType<ConsoleIntent.StartRoll>(Assert.Single(console.Intents)).PauseWatcher);
    }

    [Fact]
    public void An_open_roll_shows_its_groups_and_where_it_is_held_and_R_is_refused()
    {
        var console = Shown();
        console.Post(Roll("the console restarted: held at group 2 of 2"));
        var text = console.Text();
        Assert.Contains("roll 7 held at group 2 of 2: the console restarted: held at group 2 of 2 · c continues · watcher paused until 14:00", text, StringComparison.Ordinal);
        Assert.Contains("done", text, StringComparison.Ordinal);
        Assert.Contains("held", text, StringComparison.Ordinal);
        Assert.Contains("runbook 3 (node3)", text, StringComparison.Ordinal);

        console.Press("R");
        Assert.Null(console.App.Question);
        Assert.Contains("roll 7 is open (stopped at group 2 of 2): c continues it, A abandons it", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void C_continues_a_held_roll_with_one_key_and_P_holds_a_running_one()
    {
        var console = Shown();
        console.Post(Roll("paused by the operator at group 2 of 2"));
        console.Press("c");
        Assert.Contains("Go on from group 2 of 2?", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        var answer = Assert.IsType<ConsoleIntent.AnswerRoll>(Assert.Single(console.Intents));
        Assert.Equal((7L, RollAnswer.Continue, 0), (answer.RollId, answer.Answer, answer.TypedOverrides.Count));

        console.Intents.Clear();
        console.Post(Roll());
        console.Press("P");
        Assert.Equal(RollAnswer.Pause, Assert.IsType<ConsoleIntent.AnswerRoll>(Assert.Single(console.Intents)).Answer);
    }

    [Fact]
    public void A_roll_held_by_blockers_continues_once_the_nodes_names_are_typed()
    {
        var console = Shown();
        console.Post(Roll("group 2 is blocked: node1 is the master", ["node2.example.com", "node1.example.com"]));
        console.Press("c");
        Assert.Contains("Continue roll 7 over its blockers", console.Text(), StringComparison.Ordinal);
        console.Type("node2.example.com node1.example.com");
        console.Press("Enter");
        var answer = Assert.IsType<ConsoleIntent.AnswerRoll>(Assert.Single(console.Intents));
        Assert.Equal(["node2.example.com", "node1.example.com"], answer.TypedOverrides);
    }

    [Fact]
    public void A_abandons_the_roll_and_says_the_watcher_stays_paused()
    {
        var console = Shown();
        console.Post(Roll("paused by the operator at group 2 of 2"));
        console.Press("A");
        Assert.Contains("the watcher is still paused until 14:00 (paused by this run): W continues it", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        Assert.Equal(RollAnswer.Abort, Assert.IsType<ConsoleIntent.AnswerRoll>(Assert.Single(console.Intents)).Answer);
    }
}
