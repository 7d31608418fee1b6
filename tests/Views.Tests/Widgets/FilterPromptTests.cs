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

    private static PromptStatus Press(FilterPrompt prompt, string key) => prompt.HandleKey(KeyEvent.Parse(key));

    private static void Type(FilterPrompt prompt, string text)
    {
        foreach (var c in text)
        {
            prompt.HandleKey(KeyEvent.Char(c));
        }
    }
}
