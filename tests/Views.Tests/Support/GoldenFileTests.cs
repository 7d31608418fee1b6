using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Support;

public sealed class GoldenFileTests
{
    [Fact]
    public void Format_has_a_text_layer_a_style_layer_and_a_legend()
    {
        var screen = new Screen(6, 2);
        screen.Write(0, 0, "ab日", new CellStyle(Color.Red, Color.Default, CellAttributes.Bold));
        screen.Write(0, 1, "x ", CellStyle.Default);

        Assert.Equal(
            "# text 6x2\n|ab日  |\n|x     |\n# style\n|aaaabb|\n|bbbbbb|\n# legend\na: fg=red bg=default Bold\nb: fg=default bg=default\n",
            GoldenFile.Format(screen));
    }

    [Fact]
    public void A_difference_fails_with_the_differing_lines()
    {
        if (GoldenFile.Updating)
        {
            return; // while re-recording, every comparison passes by design
        }

        var screen = new Screen(6, 2);
        var ex = Assert.ThrowsAny<Exception>(() => GoldenFile.Verify(screen, "table-empty"));
        Assert.Contains("UPDATE_GOLDEN=1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }
}
