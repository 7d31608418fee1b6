using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Widgets;

public sealed class CommandPaletteTests
{
    private static CommandPalette NewPalette()
    {
        var palette = new CommandPalette(
        [
            new PaletteEntry("nodes", "Cluster nodes", "no", "node"),
            new PaletteEntry("nodegroups", "Node groups", "ng"),
            new PaletteEntry("instances", "Instances", "in", "vm"),
            new PaletteEntry("jobs", "Job queue", "j"),
            new PaletteEntry("drbd", "DRBD devices"),
            new PaletteEntry("theme", "Switch theme"),
            new PaletteEntry("quit", "Leave", "q"),
        ]);
        palette.Open();
        return palette;
    }

    [Fact]
    public void A_pasted_command_line_is_text_its_newline_does_not_run_it_and_it_is_bounded()
    {
        var palette = NewPalette();
        Assert.Equal(PromptStatus.Pending, palette.HandleKey(KeyEvent.Paste("quit\r")));
        Assert.Equal("quit", palette.Input.Text);
        Assert.Null(palette.Command);

        palette.HandleKey(KeyEvent.Paste(new string('x', 1 << 20)));
        Assert.Equal(1024, palette.Input.Text.Length);
        Assert.True(palette.Input.Truncated);
        Assert.Equal(PromptStatus.Pending, palette.Status);
    }

    [Fact]
    public void An_alias_runs_its_command()
    {
        var palette = NewPalette();
        Type(palette, "vm");
        Assert.Equal(PromptStatus.Submitted, Press(palette, "Enter"));
        Assert.Equal("instances", palette.Command);
    }

    [Fact]
    public void A_unique_prefix_runs_and_an_ambiguous_one_explains()
    {
        var palette = NewPalette();
        Type(palette, "dr");
        Press(palette, "Enter");
        Assert.Equal("drbd", palette.Command);

        palette.Open();
        Type(palette, "nod");
        Assert.Equal(["nodes", "nodegroups"], palette.Suggestions.Take(2).Select(s => s.Name));
        Assert.Equal(PromptStatus.Pending, Press(palette, "Enter"));
        Assert.Equal("ambiguous: nodes, nodegroups", palette.Error);

        palette.Open();
        Type(palette, "node"); // an exact alias beats the longer name it prefixes
        Press(palette, "Enter");
        Assert.Equal("nodes", palette.Command);
    }

    [Fact]
    public void Unknown_commands_say_so()
    {
        var palette = NewPalette();
        Type(palette, "frobnicate");
        Assert.Equal(PromptStatus.Pending, Press(palette, "Enter"));
        Assert.Equal("unknown command 'frobnicate'", palette.Error);
    }

    [Fact]
    public void Tab_completes_and_arguments_are_kept()
    {
        var palette = NewPalette();
        Type(palette, "th");
        Press(palette, "Tab");
        Assert.Equal("theme ", palette.Input.Text);
        Type(palette, "light");
        Press(palette, "Enter");
        Assert.Equal("theme", palette.Command);
        Assert.Equal("light", palette.Arguments);
    }

    [Fact]
    public void Suggestions_rank_prefix_matches_before_substring_matches()
    {
        var palette = NewPalette();
        Type(palette, "i");
        Assert.Equal(["instances", "quit"], palette.Suggestions.Select(s => s.Name)); // quit only contains i
    }

    [Fact]
    public void Arrow_keys_choose_a_suggestion_for_enter()
    {
        var palette = NewPalette();
        Type(palette, "i");
        Press(palette, "Down");
        Press(palette, "Down");
        Press(palette, "Enter");
        Assert.Equal("quit", palette.Command);
    }

    [Fact]
    public void Esc_or_backspace_on_empty_cancels()
    {
        var palette = NewPalette();
        Assert.Equal(PromptStatus.Cancelled, Press(palette, "Backspace"));
        palette.Open("jo");
        Assert.Equal(PromptStatus.Cancelled, Press(palette, "Esc"));
    }

    private static PromptStatus Press(CommandPalette palette, string key) => palette.HandleKey(KeyEvent.Parse(key));

    private static void Type(CommandPalette palette, string text)
    {
        foreach (var c in text)
        {
            palette.HandleKey(KeyEvent.Char(c));
        }
    }
}
