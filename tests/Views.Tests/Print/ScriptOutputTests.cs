using GntTui.Views.Print;
using Spectre.Console;

namespace GntTui.Views.Tests.Print;

public sealed class ScriptOutputTests
{
    [Theory]
    [InlineData(false, "1")]
    [InlineData(true, null)]
    [InlineData(true, "1")]
    public void No_color_or_a_pipe_means_plain_text(bool redirected, string? noColor)
    {
        using var writer = new StringWriter();
        var console = ScriptOutput.Create(writer, redirected, noColor);

        console.MarkupLine("[bold red]warning:[/] [black on yellow] DEMO [/]");

        Assert.Equal("warning:  DEMO ", writer.ToString().TrimEnd('\n', '\r'));
    }

    [Fact]
    public void A_pipe_is_printed_wide_so_rows_do_not_wrap()
    {
        using var writer = new StringWriter();

        Assert.Equal(ScriptOutput.RedirectedWidth, ScriptOutput.Create(writer, redirected: true, noColor: null).Profile.Width);
    }
}
