using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Widgets;

public sealed class SmallWidgetTests
{
    [Theory]
    [InlineData(0.0, "          ")]
    [InlineData(1.0, "██████████")]
    [InlineData(0.5, "█████     ")]
    [InlineData(0.0125, "▏         ")] // one eighth of one cell
    [InlineData(0.55, "█████▌    ")]
    [InlineData(2.0, "██████████")]
    [InlineData(double.NaN, "          ")]
    public void Progress_blocks_have_eighth_cell_precision(double fraction, string expected) =>
        Assert.Equal(expected, ProgressBar.Blocks(fraction, 10));

    [Fact]
    public void Progress_ascii_fallback_draws_the_whole_track()
    {
        Assert.Equal("####......", ProgressBar.Ascii(0.4, 10));
        Assert.Equal("..........", ProgressBar.Ascii(-1, 10));
    }

    [Fact]
    public void Sparkline_scales_to_the_largest_value_and_shows_gaps()
    {
        Assert.Equal("▁▂▃▄▅▆▇█", Sparkline.Format([0, 1, 2, 3, 4, 5, 6, 7], 8));
        Assert.Equal("  ▁█ █", Sparkline.Format([0, 10, double.NaN, 10], 6));
        Assert.Equal("▆█", Sparkline.Format([1, 2, 3, 4], 2, max: 4)); // newest values win the space
        Assert.Equal("▁▁", Sparkline.Format([5, 5], 2, max: 0));
    }

    [Fact]
    public void Wrap_breaks_at_spaces_and_splits_long_words()
    {
        Assert.Equal(["the quick", "brown fox"], TextWrap.Wrap("the quick brown fox", 10));
        Assert.Equal(["gnt-instan", "ce migrate"], TextWrap.Wrap("gnt-instance migrate", 10));
        Assert.Equal(["a", "", "b"], TextWrap.Wrap("a\n\nb", 10));
    }

    [Fact]
    public void Toasts_expire_by_level()
    {
        var time = new ManualTimeProvider();
        var toasts = new ToastCenter(time);
        toasts.Show("saved");
        toasts.Show("job 42 failed", ToastLevel.Error);
        Assert.False(toasts.Expire());

        time.Advance(TimeSpan.FromSeconds(4));
        Assert.True(toasts.Expire());
        Assert.Equal("job 42 failed", Assert.Single(toasts.Active).Message);

        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(toasts.Expire());
        Assert.Empty(toasts.Active);
    }

    [Fact]
    public void A_long_toast_wraps_over_lines_instead_of_losing_its_end()
    {
        var toasts = new ToastCenter(new ManualTimeProvider());
        const string message = "job 1240 failed: Could not migrate instance inst3.example.com: Pre-migration failed, aborting: node2 unreachable";
        toasts.Show(message, ToastLevel.Error);
        var screen = new Screen(100, 10);

        toasts.Render(screen, screen.Bounds, ThemeLoader.LoadBuiltIn("default"));

        var text = string.Join(" ", Enumerable.Range(0, 10).Select(screen.GetRowText).Select(r => r.Trim()).Where(r => r.Length > 0));
        Assert.Contains("node2 unreachable", text, StringComparison.Ordinal);
        Assert.DoesNotContain("…", text, StringComparison.Ordinal);
        Assert.Equal(message, text.Replace("✖ ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_toast_too_long_even_for_three_lines_ends_with_an_ellipsis()
    {
        var toasts = new ToastCenter(new ManualTimeProvider());
        toasts.Show(string.Join(' ', Enumerable.Repeat("word", 60)), ToastLevel.Warning);
        var screen = new Screen(60, 10);

        toasts.Render(screen, screen.Bounds, ThemeLoader.LoadBuiltIn("default"));

        var rows = Enumerable.Range(0, 10).Select(screen.GetRowText).Where(r => r.Trim().Length > 0).ToList();
        Assert.Equal(3, rows.Count);
        Assert.EndsWith("…", rows[^1].TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_newest_toasts_are_kept()
    {
        var toasts = new ToastCenter(new ManualTimeProvider(), maxVisible: 2);
        toasts.Show("1");
        toasts.Show("2");
        toasts.Show("3");
        Assert.Equal(["2", "3"], toasts.Active.Select(t => t.Message));
    }
}
