using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Terminal;

public sealed class KeyEventTests
{
    [Theory]
    [InlineData("q", "q")]
    [InlineData("Q", "Q")]
    [InlineData("Shift+q", "Q")]
    [InlineData("Ctrl+C", "Ctrl+c")]
    [InlineData("ctrl-d", "Ctrl+d")]
    [InlineData("Alt+x", "Alt+x")]
    [InlineData("Shift+Tab", "Shift+Tab")]
    [InlineData("F5", "F5")]
    [InlineData("f12", "F12")]
    [InlineData("PgDn", "PgDn")]
    [InlineData("pagedown", "PgDn")]
    [InlineData("Space", "Space")]
    [InlineData("Esc", "Esc")]
    [InlineData("Ctrl+Up", "Ctrl+Up")]
    [InlineData("+", "+")]
    [InlineData("-", "-")]
    [InlineData("?", "?")]
    public void Parses_key_notation_and_prints_it_back(string notation, string shown) =>
        Assert.Equal(shown, KeyEvent.Parse(notation).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("Hyper+x")]
    [InlineData("F13")]
    [InlineData("ab")]
    public void Rejects_bad_notation(string notation) => Assert.False(KeyEvent.TryParse(notation, out _));

    [Fact]
    public void Equal_presses_compare_equal_however_they_were_made()
    {
        Assert.Equal(KeyEvent.Parse("Ctrl+c"), KeyEvent.Char('C', KeyModifiers.Ctrl));
        Assert.Equal(KeyEvent.Parse("Q"), KeyEvent.Char('Q', KeyModifiers.Shift));
        Assert.NotEqual(KeyEvent.Parse("q"), KeyEvent.Parse("Q"));
        Assert.True(KeyEvent.Char('x').IsText);
        Assert.False(KeyEvent.CtrlChar('x').IsText);
    }
}
