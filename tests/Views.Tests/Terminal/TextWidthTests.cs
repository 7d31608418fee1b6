using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Terminal;

public sealed class TextWidthTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("日本語", 6)]
    [InlineData("🙂", 2)]
    [InlineData("é", 1)]          // e + combining acute: one grapheme
    [InlineData("👩‍💻", 2)]       // ZWJ sequence
    [InlineData("❤️", 2)]          // VS16 asks for emoji presentation
    [InlineData("🇫🇷", 2)]          // flag: two regional indicators
    [InlineData("▁▂▃█", 4)]
    [InlineData("─│┌", 3)]
    [InlineData("", 0)]
    public void Measures_display_columns(string text, int width) => Assert.Equal(width, TextWidth.Measure(text));

    [Theory]
    [InlineData("instance-name", 8, "instanc…")]
    [InlineData("short", 8, "short")]
    [InlineData("exactly8", 8, "exactly8")]
    [InlineData("日本語テキスト", 7, "日本語…")]
    [InlineData("ab", 1, "…")]
    [InlineData("abc", 0, "")]
    public void Truncates_with_an_ellipsis_without_splitting_glyphs(string text, int width, string expected)
    {
        var cut = TextWidth.Truncate(text, width);
        Assert.Equal(expected, cut);
        Assert.True(TextWidth.Measure(cut) <= width);
    }

    [Fact]
    public void Fit_pads_and_aligns()
    {
        Assert.Equal("ab   ", TextWidth.Fit("ab", 5));
        Assert.Equal("   42", TextWidth.Fit("42", 5, alignRight: true));
        Assert.Equal("日本 ", TextWidth.Fit("日本", 5));
    }
}
