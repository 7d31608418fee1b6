using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Screens;

/// <summary>Every key press answers: the habits people bring (Ctrl+L, F1, F10), and a word for a key that does nothing.</summary>
public sealed class KeyFeedbackTests
{
    [Fact]
    public void Ctrl_l_asks_the_loop_to_repaint_everything()
    {
        var console = new ConsoleDriver();

        Assert.Equal(LoopOutcome.Repaint, console.Press("Ctrl+l"));
        Assert.Contains(console.App.CurrentKeys.Bindings, b => b.Command == ConsoleCommands.Repaint);
    }

    [Fact]
    public void F1_opens_help_as_question_mark_does()
    {
        var console = new ConsoleDriver();

        console.Press("F1");

        Assert.True(console.App.HelpOpen);
    }

    [Fact]
    public void F10_quits_even_from_an_open_prompt()
    {
        var console = new ConsoleDriver();
        console.Press(":");

        Assert.Equal(LoopOutcome.Quit, console.Press("F10"));
    }

    [Theory]
    [InlineData("f", "read-only: failover not sent")]
    [InlineData("m", "read-only: migrate not sent")]
    public void An_operation_key_in_read_only_mode_says_it_was_not_sent(string key, string notice)
    {
        var console = new ConsoleDriver(options: new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: true, IsDemo: false, "prod-a"));
        console.Press("2");

        Assert.Equal(LoopOutcome.Redraw, console.Press(key));

        Assert.Contains(notice, console.Text(), StringComparison.Ordinal);
        Assert.Null(console.App.OperationDialog);
        Assert.DoesNotContain(console.Intents, i => i is ConsoleIntent.Submit);
    }

    [Fact]
    public void A_key_with_no_meaning_on_this_view_says_so()
    {
        var console = new ConsoleDriver();

        Assert.Equal(LoopOutcome.Redraw, console.Press("z"));

        Assert.Contains("no action on z in Nodes — ? for help", console.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", "f", "no instance selected")]
    [InlineData("1", "d", "no node selected")]
    public void An_operation_key_on_a_list_the_filter_emptied_says_no_row_is_selected(string view, string key, string notice)
    {
        var console = new ConsoleDriver();
        console.Press(view);
        console.Press("/");
        console.Type("no-such-name-anywhere");
        console.Press("Enter");

        console.Press(key);

        Assert.Null(console.App.OperationDialog);
        Assert.Empty(console.Intents);
        Assert.Contains(notice, console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Colon_with_nothing_typed_lists_every_command()
    {
        var console = new ConsoleDriver(width: 80, height: 24);

        console.Press(":");

        var text = console.Text();
        Assert.All(ScreenRegistry.PaletteEntries, e => Assert.Contains(" " + e.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_palette_repaints_as_ctrl_l_does()
    {
        var console = new ConsoleDriver();
        console.Press(":");
        console.Type("repaint");

        Assert.Equal(LoopOutcome.Repaint, console.Press("Enter"));
    }
}
