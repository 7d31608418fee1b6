using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Widgets;

public sealed class FilterPromptTests
{
    [Fact]
    public void A_bad_regex_shows_an_error_and_keeps_the_last_good_filter()
    {
        var prompt = new FilterPrompt();
        prompt.Open(RowFilter.None);
        Type(prompt, "web");
        Assert.True(prompt.Filter.Matches("WEB01"));

        Type(prompt, "[");
        Assert.NotNull(prompt.Error);
        Assert.Contains("[", prompt.Error, StringComparison.Ordinal);
        Assert.Equal("web", prompt.Filter.Text);

        prompt.HandleKey(KeyEvent.Parse("Backspace"));
        Assert.Null(prompt.Error);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("a{2,1}")]
    [InlineData("*")]
    [InlineData("\\")]
    [InlineData("(?<n>a)\\k<m>")]
    public void Invalid_patterns_never_throw(string pattern)
    {
        Assert.False(RowFilter.TryCreate(pattern, out var filter, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain('\n', error);
        Assert.True(filter.IsEmpty);
    }

    [Fact]
    public void Bang_inverts_the_filter()
    {
        Assert.True(RowFilter.TryCreate("!^db", out var filter, out _));
        Assert.True(filter.Invert);
        Assert.True(filter.Matches("web1"));
        Assert.False(filter.Matches("DB1"));
        Assert.False(filter.MatchesAny(["web1", "db1"]));
        Assert.True(filter.MatchesAny(["web1", "app1"]));
    }

    [Fact]
    public void Patterns_the_linear_engine_cannot_run_still_work()
    {
        Assert.True(RowFilter.TryCreate("(a)\\1", out var filter, out _));
        Assert.True(filter.Matches("xaa"));
        Assert.True(RowFilter.TryCreate("web(?!2)", out var lookahead, out _));
        Assert.True(lookahead.Matches("web1"));
        Assert.False(lookahead.Matches("web2"));
    }

    [Fact]
    public void Esc_restores_the_filter_in_force_and_enter_keeps_the_new_one()
    {
        RowFilter.TryCreate("db", out var original, out _);
        var prompt = new FilterPrompt();
        prompt.Open(original);
        Press(prompt, "Ctrl+u");
        Type(prompt, "web");
        Assert.Equal(PromptStatus.Cancelled, Press(prompt, "Esc"));
        Assert.Equal("db", prompt.Filter.Text);

        prompt.Open(original);
        Press(prompt, "Ctrl+u");
        Type(prompt, "web");
        Assert.Equal(PromptStatus.Submitted, Press(prompt, "Enter"));
        Assert.Equal("web", prompt.Filter.Text);
    }

    [Fact]
    public void Enter_on_an_invalid_regex_says_so_and_keeps_the_prompt_instead_of_filtering_by_its_valid_prefix()
    {
        var prompt = new FilterPrompt();
        prompt.Open(RowFilter.None);
        Type(prompt, "!inst[1-3");

        Assert.Equal(PromptStatus.Pending, Press(prompt, "Enter"));
        Assert.Equal("!inst[1-3", prompt.Input.Text);
        Assert.StartsWith("bad regex", prompt.Error, StringComparison.Ordinal);

        Type(prompt, "]");
        Assert.Equal(PromptStatus.Submitted, Press(prompt, "Enter"));
        Assert.Equal("!inst[1-3]", prompt.Filter.Text);
    }

    [Fact]
    public void An_empty_filter_matches_everything()
    {
        var prompt = new FilterPrompt();
        prompt.Open(RowFilter.None);
        Type(prompt, "!");
        Assert.True(prompt.Filter.IsEmpty);
        Assert.True(prompt.Filter.Matches("anything"));
    }

    [Fact]
    public void A_pasted_pattern_applies_once_and_its_newline_does_not_submit()
    {
        var prompt = new FilterPrompt();
        prompt.Open(RowFilter.None);
        var changes = 0;
        prompt.Input.Changed += () => changes++;

        Assert.Equal(PromptStatus.Pending, prompt.HandleKey(KeyEvent.Paste("inst[1-3]\r")));

        Assert.Equal(1, changes);
        Assert.Equal("inst[1-3]", prompt.Filter.Text);
        Assert.True(prompt.Filter.Matches("inst2.example.com"));
        Assert.Equal(PromptStatus.Pending, prompt.Status);
    }

    [Fact]
    public void A_megabyte_paste_is_cut_to_1024_characters_and_the_prompt_says_so()
    {
        var prompt = new FilterPrompt();
        prompt.Open(RowFilter.None);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        prompt.HandleKey(KeyEvent.Paste(new string('x', 1 << 20)));
        var screen = new Screen(100, 1);
        prompt.Render(screen, screen.Bounds, GntTui.Views.Themes.ThemeLoader.LoadBuiltIn("default"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), clock.Elapsed.ToString());
        Assert.Equal(1024, prompt.Input.Text.Length);
        Assert.Equal(1024, prompt.Filter.Text.Length);
        Assert.Contains("cut to 1,024 characters", screen.GetRowText(0), StringComparison.Ordinal);
    }

    private static PromptStatus Press(FilterPrompt prompt, string key) => prompt.HandleKey(KeyEvent.Parse(key));

    private static void Type(FilterPrompt prompt, string text)
    {
        foreach (var c in text)
        {
            prompt.HandleKey(KeyEvent.Char(c));
        }
    }
}
