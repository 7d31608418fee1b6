using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Terminal;

public sealed class ScreenTests
{
    private static readonly CellStyle Red = new(Color.Red, Color.Default);

    [Fact]
    public void Write_clips_at_edges_and_max_width()
    {
        var screen = new Screen(10, 2);
        Assert.Equal(4, screen.Write(6, 0, "abcdefgh", Red));
        Assert.Equal(3, screen.Write(0, 1, "abcdefgh", Red, maxWidth: 3));
        Assert.Equal(0, screen.Write(0, 5, "off screen", Red));
        screen.Write(-2, 1, "xyz", Red);

        Assert.Equal("      abcd", screen.GetRowText(0));
        Assert.Equal("zbc       ", screen.GetRowText(1));
    }

    [Fact]
    public void Wide_glyphs_take_two_cells_and_do_not_fit_half()
    {
        var screen = new Screen(5, 1);
        screen.Write(0, 0, "日本語", Red);

        Assert.Equal(2, screen[0, 0].Width);
        Assert.True(screen[1, 0].IsContinuation);
        Assert.Equal("日本 ", screen.GetRowText(0)); // the third glyph would need columns 4-5
    }

    [Fact]
    public void Overwriting_half_a_wide_glyph_blanks_the_other_half()
    {
        var screen = new Screen(6, 1);
        screen.Write(0, 0, "日本語", Red);
        screen.Write(1, 0, "x", CellStyle.Default);
        screen.Write(4, 0, "y", CellStyle.Default);

        Assert.Equal(" x本y ", screen.GetRowText(0));
        for (var x = 0; x < 6; x++)
        {
            Assert.False(screen[x, 0].IsContinuation && screen[x - 1, 0].Width != 2);
        }
    }

    [Fact]
    public void Control_characters_never_reach_the_grid()
    {
        var screen = new Screen(12, 1);
        screen.Write(0, 0, "a\e[31mb\tc\u0007", Red);

        Assert.DoesNotContain('\e', screen.GetRowText(0));
        Assert.Equal("a\uFFFD[31mb c\uFFFD", screen.GetRowText(0).TrimEnd());
    }

    [Fact]
    public void Fill_and_apply_style_are_clipped()
    {
        var screen = new Screen(4, 2);
        screen.Fill(new Rect(2, 1, 10, 10), Red, '#');
        screen.ApplyStyle(new Rect(-1, -1, 2, 2), Red);

        Assert.Equal("    ", screen.GetRowText(0));
        Assert.Equal("  ##", screen.GetRowText(1));
        Assert.Equal(Red, screen[0, 0].Style);
        Assert.Equal(CellStyle.Default, screen[1, 0].Style);
    }

    [Fact]
    public void Resize_blanks_the_grid()
    {
        var screen = new Screen(4, 2);
        screen.Write(0, 0, "abcd", Red);
        screen.Resize(6, 3);

        Assert.Equal((6, 3), (screen.Width, screen.Height));
        Assert.Equal("      ", screen.GetRowText(0));
    }
}
