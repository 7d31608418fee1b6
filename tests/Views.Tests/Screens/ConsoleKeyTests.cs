using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Info;
using GntTui.Engine.Model;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Instances;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Screens;

public sealed class ConsoleKeyTests
{
    [Fact]
    public void Number_keys_switch_views()
    {
        var console = new ConsoleDriver();
        Assert.Equal(ViewKind.Nodes, console.App.ActiveView);
        foreach (var (key, view) in new[] { ("2", ViewKind.Instances), ("3", ViewKind.Drbd), ("4", ViewKind.Jobs), ("1", ViewKind.Nodes) })
        {
            Assert.Equal(LoopOutcome.Redraw, console.Press(key));
            Assert.Equal(view, console.App.ActiveView);
        }
    }

    [Theory]
    [InlineData("dr", ViewKind.Drbd)]
    [InlineData("drbd", ViewKind.Drbd)]
    [InlineData("in", ViewKind.Instances)]
    [InlineData("jo", ViewKind.Jobs)]
    [InlineData("no", ViewKind.Nodes)]
    [InlineData("instances", ViewKind.Instances)]
    public void The_command_palette_switches_views_by_name_or_alias(string typed, ViewKind expected)
    {
        var console = new ConsoleDriver();
        console.Press("4");
        console.Press(":");
        Assert.True(console.App.PaletteOpen);
        console.Type(typed);
        console.Press("Enter");
        Assert.False(console.App.PaletteOpen);
        Assert.Equal(expected, console.App.ActiveView);
    }

    [Fact]
    public void Colon_q_quits_and_tab_completes()
    {
        var console = new ConsoleDriver();
        console.Press(":");
        console.Type("jo");
        console.Press("Tab");
        Assert.Equal(ViewKind.Nodes, console.App.ActiveView); // completing does not run
        console.Press("Enter");
        Assert.Equal(ViewKind.Jobs, console.App.ActiveView);

        console.Press(":");
        console.Type("q");
        Assert.Equal(LoopOutcome.Quit, console.Press("Enter"));
        Assert.IsType<ConsoleIntent.Quit>(console.Intents.Last());
    }

    [Fact]
    public void Slash_filters_live_bang_inverts_and_esc_clears()
    {
        var console = new ConsoleDriver();
        console.Press("2");
        console.Press("/");
        console.Type("web");
        Assert.Equal(["web1.example.com", "web2.example.com", "web3.example.com"], console.Keys()); // live, before Enter
        console.Press("Enter");
        Assert.False(console.App.FilterOpen);
        Assert.Equal(3, console.Keys().Count);
        Assert.Contains("</web>", console.Text(), StringComparison.Ordinal);

        console.Press("Esc");
        Assert.Equal(TestSnapshots.Instances.Count, console.Keys().Count);

        console.Press("/");
        console.Type("!web");
        console.Press("Enter");
        Assert.Equal(["cache1.example.com", "db1.example.com", "mail1.example.com", "old1.example.com"], console.Keys());
        Assert.Contains("filter /!web", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_q_in_a_prompt_is_text_but_ctrl_c_quits()
    {
        var console = new ConsoleDriver();
        console.Press("/");
        Assert.Equal(LoopOutcome.Redraw, console.Press("q"));
        Assert.Empty(console.Intents);
        Assert.Equal(LoopOutcome.Quit, console.Press("Ctrl+c"));
        Assert.IsType<ConsoleIntent.Quit>(Assert.Single(console.Intents));
    }

    [Fact]
    public void Filters_are_per_view()
    {
        var console = new ConsoleDriver();
        console.Press("2 /");
        console.Type("db");
        console.Press("Enter 1");
        Assert.Equal(4, console.Keys().Count);
        console.Press("2");
        Assert.Equal(["db1.example.com"], console.Keys());
    }

    [Fact]
    public void Shift_letters_sort_and_again_reverses()
    {
        var console = new ConsoleDriver();
        console.Press("2");
        Assert.Equal("cache1.example.com", console.Keys()[0]); // by name by default

        console.Press("Z"); // memory: biggest first
        Assert.Equal(["db1.example.com", "web3.example.com", "web1.example.com"], console.Keys().Take(3));
        Assert.Equal(InstanceColumns.Memory, console.App.ActiveScreen.Table.SortColumn);
        Assert.True(console.App.ActiveScreen.Table.SortDescending);
        Assert.Contains("MEM▼", console.Text(), StringComparison.Ordinal);

        console.Press("Z");
        Assert.Equal("old1.example.com", console.Keys()[0]);
        Assert.Contains("MEM▲", console.Text(), StringComparison.Ordinal);

        console.Press("S"); // problems first
        Assert.Equal("web2.example.com", console.Keys()[0]);
    }

    [Fact]
    public void Selection_is_kept_by_key_across_a_new_snapshot()
    {
        var console = new ConsoleDriver();
        console.Press("2");
        console.App.ActiveScreen.Table.SelectKey("mail1.example.com");
        console.Press("Space"); // marks mail1, moves on
        console.App.ActiveScreen.Table.SelectKey("web2.example.com");

        // The next snapshot has a new instance that sorts first and loses db1.
        var instances = TestSnapshots.Instances.Where(i => i.Name != "db1.example.com")
            .Append(TestSnapshots.Instance("app0.example.com", InstanceStatus.Running, "running", "node1.example.com"))
            .ToList();
        console.Post(TestSnapshots.Small() with { Instances = instances });
        console.Render();
        Assert.Equal("web2.example.com", console.App.ActiveScreen.Table.SelectedKey);
        Assert.Equal(["mail1.example.com"], console.App.ActiveScreen.Table.MarkedKeys);
        Assert.Equal("app0.example.com", console.Keys()[0]);
    }

    [Fact]
    public void Enter_on_a_job_follows_it_and_esc_stops()
    {
        var console = new ConsoleDriver();
        console.Press("4");
        Assert.Equal("104", console.App.ActiveScreen.Table.SelectedKey); // newest first
        console.Press("j");
        console.Press("Enter");
        Assert.Equal(new ConsoleIntent.FollowJob(103), Assert.Single(console.Intents));
        Assert.Equal(ConsoleMode.JobLog, console.App.Mode);

        Assert.Equal(LoopOutcome.Unchanged, console.Post(new JobLogUpdate(999, [], null, null)));
        Assert.Equal(LoopOutcome.Redraw, console.Post(new JobLogUpdate(103, [], null, null)));

        console.Press("Esc");
        Assert.Equal(new ConsoleIntent.StopFollowing(103), console.Intents[^1]);
        Assert.Equal(ConsoleMode.List, console.App.Mode);
        Assert.Equal(ViewKind.Jobs, console.App.ActiveView);
    }

    [Fact]
    public void Leaving_a_job_log_by_switching_views_also_stops_following()
    {
        var console = new ConsoleDriver();
        console.Press("4 Enter 1");
        Assert.Equal([new ConsoleIntent.FollowJob(104), new ConsoleIntent.StopFollowing(104)], console.Intents);
    }

    [Fact]
    public void Enter_describes_and_esc_goes_back()
    {
        var console = new ConsoleDriver();
        console.Press("Enter");
        Assert.Equal(ConsoleMode.Detail, console.App.Mode);
        Assert.Contains(console.App.Detail.Lines, l => l.Key == "primary" && l.Value.Contains("web1.example.com", StringComparison.Ordinal));
        console.Press("Esc");
        Assert.Equal(ConsoleMode.List, console.App.Mode);
        // A node's pane asks Ganeti for its full info (gnt-node info); a job's asks nothing.
        Assert.Equal([new ConsoleIntent.LoadInfo(InfoKind.Node, "node1.example.com")], console.Intents);
        console.Intents.Clear();

        console.Press("4 i"); // i describes a job without following it
        Assert.Equal(ConsoleMode.Detail, console.App.Mode);
        Assert.Empty(console.Intents);
    }

    [Fact]
    public void Q_and_ctrl_c_quit_and_ctrl_r_refreshes()
    {
        var console = new ConsoleDriver();
        Assert.Equal(LoopOutcome.Unchanged, console.Press("Ctrl+r"));
        Assert.IsType<ConsoleIntent.Refresh>(Assert.Single(console.Intents));
        Assert.Equal(LoopOutcome.Quit, console.Press("q"));
        Assert.IsType<ConsoleIntent.Quit>(console.Intents[^1]);
        Assert.Equal(LoopOutcome.Quit, new ConsoleDriver().Press("Ctrl+c"));
    }

    [Fact]
    public void Navigation_keys_move_the_selection()
    {
        var console = new ConsoleDriver(TestSnapshots.Big(500));
        console.Press("2");
        console.Render();
        var table = console.App.ActiveScreen.Table;
        console.Press("j j Down");
        Assert.Equal(3, table.SelectedIndex);
        console.Press("k");
        Assert.Equal(2, table.SelectedIndex);
        console.Press("G");
        Assert.Equal(499, table.SelectedIndex);
        console.Press("g PgDn");
        Assert.True(table.SelectedIndex > 10);
        console.Press("Home");
        Assert.Equal(0, table.SelectedIndex);
    }

    [Fact]
    public void Drbd_only_unhealthy_toggles()
    {
        var console = new ConsoleDriver();
        console.Post(TestDrbd.Snapshot());
        console.Press("3");
        Assert.Equal(4, console.Keys().Count);
        console.Press("u");
        Assert.DoesNotContain("web1.example.com/disk/1", console.Keys());
        Assert.Contains("(only unhealthy)", console.Text(), StringComparison.Ordinal);
        console.Press("u");
        Assert.Equal(4, console.Keys().Count);
    }

    [Fact]
    public void Help_lists_every_binding_of_the_screen_and_any_key_closes_it()
    {
        var console = new ConsoleDriver();
        console.Press("3 ?");
        Assert.True(console.App.HelpOpen);
        var keys = console.App.CurrentKeys;
        Assert.Contains(keys.Bindings, b => b.Command == ConsoleCommands.OnlyUnhealthy);
        Assert.Contains(keys.Bindings, b => b.Command == ConsoleCommands.SortEta);
        console.Press("x");
        Assert.False(console.App.HelpOpen);
    }

    [Fact]
    public void User_bindings_replace_default_keys_and_read_only_drops_dangerous_ones()
    {
        var user = new KeyMap([KeyBinding.Create("F5", ConsoleCommands.Refresh, "refresh"), KeyBinding.Create("x", ConsoleCommands.Quit, "quit")]);
        var options = new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: true, IsDemo: true, "lab") { UserBindings = user };
        var console = new ConsoleDriver(options: options);
        Assert.Equal(LoopOutcome.Redraw, console.Press("Ctrl+r")); // only a notice: the key is F5's now
        Assert.Empty(console.Intents);
        console.Press("F5");
        Assert.IsType<ConsoleIntent.Refresh>(Assert.Single(console.Intents));
        Assert.Equal(LoopOutcome.Redraw, console.Press("q")); // only a notice: quit is x's now
        Assert.Equal(LoopOutcome.Quit, console.Press("x"));
        Assert.DoesNotContain(console.App.CurrentKeys.Bindings, b => b.Dangerous);
    }

    [Fact]
    public void Ticks_redraw_only_when_something_visible_ages()
    {
        var console = new ConsoleDriver();
        console.Render();
        Assert.Equal(LoopOutcome.Unchanged, console.Tick());
        console.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LoopOutcome.Redraw, console.Tick()); // "3 seconds ago" became "4 seconds ago"
        Assert.Contains("updated 4 seconds ago", console.Text(), StringComparison.Ordinal);

        console.Post(new Notice("job 42 succeeded", ToastLevel.Info));
        console.Render();
        Assert.Contains("job 42 succeeded", console.Screen.ToString(), StringComparison.Ordinal);
        console.Clock.Advance(TimeSpan.FromSeconds(10));
        console.Tick();
        Assert.DoesNotContain("job 42 succeeded", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_snapshot_says_why_and_cached_data_says_how_old()
    {
        var console = new ConsoleDriver();
        console.Post(TestSnapshots.Small(ConnectionState.Stale, "ssh: connect to host master port 22: Connection refused"));
        Assert.Contains("▲ stale, updated 3 seconds ago: ssh: connect to host master port 22", console.Text(), StringComparison.Ordinal);

        console.Post(TestSnapshots.Small(ConnectionState.Connecting, fromCache: true) with { TakenAt = TestClock.Start.AddHours(-2) });
        Assert.Contains("cached, 2h00m old", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_do_nothing_but_quit_while_the_terminal_is_too_small()
    {
        var console = new ConsoleDriver(width: 50, height: 10);
        console.Render();
        Assert.Equal(LoopOutcome.Unchanged, console.Press("2"));
        Assert.Equal(ViewKind.Nodes, console.App.ActiveView);
        Assert.Equal(LoopOutcome.Quit, console.Press("q"));
    }

    [Fact]
    public void Before_the_first_answer_lists_say_they_are_connecting()
    {
        var console = new ConsoleDriver(ClusterSnapshot.Empty("prod-a", TestClock.Start));
        var text = console.Text();
        Assert.Contains("◌ connecting…", text, StringComparison.Ordinal);
        Assert.Contains("connecting to the cluster…", text, StringComparison.Ordinal);
        Assert.Contains(" prod-a ", text, StringComparison.Ordinal);
    }
}
