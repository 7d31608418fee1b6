using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Terminal;

public sealed class ColorTests
{
    [Theory]
    [InlineData("default", ColorKind.Default, 0)]
    [InlineData("red", ColorKind.Ansi16, 1)]
    [InlineData("brightRed", ColorKind.Ansi16, 9)]
    [InlineData("bright-white", ColorKind.Ansi16, 15)]
    [InlineData("GREY", ColorKind.Ansi16, 8)]
    [InlineData("208", ColorKind.Indexed256, 208)]
    [InlineData("#ff8700", ColorKind.Rgb, 0xff8700)]
    [InlineData("#f80", ColorKind.Rgb, 0xff8800)]
    public void Parses_every_form(string text, ColorKind kind, int value)
    {
        var color = Color.Parse(text);
        Assert.Equal(kind, color.Kind);
        Assert.Equal(value, color.Value);
    }

    [Theory]
    [InlineData("bleu", "unknown colour 'bleu'")]
    [InlineData("256", "outside 0-255")]
    [InlineData("#12345", "bad hex colour")]
    [InlineData("", "empty")]
    public void Rejects_with_a_clear_error(string text, string expected)
    {
        Assert.False(Color.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
