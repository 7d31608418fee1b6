using GntTui.Engine.Text;

namespace GntTui.Engine.Tests.Text;

public class UntrustedTextTests
{
    [Theory]
    [InlineData("node1.example.com", "node1.example.com")]
    [InlineData("a\u001b[2Jb", "a?[2Jb")]
    [InlineData("t\u001b]0;x\u0007", "t?]0;x?")]
    [InlineData("c1\u009b6n", "c1?6n")]
    [InlineData("rtl\u202eevil", "rtl?evil")]
    [InlineData("two\nlines\r\tend", "two lines  end")]
    [InlineData("ünï 本", "ünï 本")]
    public void One_line_keeps_text_and_makes_control_characters_harmless(string raw, string expected)
    {
        Assert.Equal(expected, UntrustedText.Line(raw));
    }

    [Fact]
    public void A_block_keeps_its_lines_and_no_bare_carriage_return()
    {
        Assert.Equal("one\ntwo\nthree?", UntrustedText.Block("one\r\ntwo\rthree\u001b"));
        Assert.Equal("", UntrustedText.Block(null));
    }
}
