using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Terminal;

public sealed class ConsoleKeyMapperTests
{
    [Fact]
    public void Maps_special_keys_and_modifiers()
    {
        Assert.Equal("Up", Map('\0', ConsoleKey.UpArrow).ToString());
        Assert.Equal("Shift+Tab", Map('\t', ConsoleKey.Tab, shift: true).ToString());
        Assert.Equal("F12", Map('\0', ConsoleKey.F12).ToString());
        Assert.Equal("Esc", Map('\e', ConsoleKey.Escape).ToString());
        Assert.Equal("Backspace", Map('\u007f', ConsoleKey.Backspace).ToString());
        Assert.Equal("Enter", Map('\r', ConsoleKey.Enter).ToString());
        Assert.Equal("PgDn", Map('\0', ConsoleKey.PageDown).ToString());
    }

    [Fact]
    public void Maps_ctrl_letters_whether_reported_by_key_or_by_control_code()
    {
        Assert.Equal("Ctrl+c", Map('\u0003', ConsoleKey.C, control: true).ToString());
        Assert.Equal("Ctrl+d", Map('\u0004', 0).ToString());
    }

    [Fact]
    public void Maps_text_and_alt()
    {
        Assert.Equal("Q", Map('Q', ConsoleKey.Q, shift: true).ToString());
        Assert.Equal("Alt+x", Map('x', ConsoleKey.X, alt: true).ToString());
        Assert.Equal("é", Map('é', 0).ToString());
        Assert.Equal("Space", Map(' ', ConsoleKey.Spacebar).ToString());
    }

    [Fact]
    public void Input_reader_joins_surrogate_pairs_and_stops_when_the_source_fails()
    {
        var script = new Queue<ConsoleKeyInfo>(
        [
            new('j', ConsoleKey.J, false, false, false),
            new('\uD83D', 0, false, false, false),
            new('\uDE42', 0, false, false, false),
            new('\u0003', ConsoleKey.C, false, false, true),
        ]);
        var keys = new List<string>();
        Exception? failure = null;
        var reader = new InputReader(
            k => keys.Add(k.ToString()),
            e => failure = e,
            () => script.Count > 0 ? script.Dequeue() : throw new InvalidOperationException("stdin closed"));

        reader.Start();
        Assert.True(reader.Join(TimeSpan.FromSeconds(5)));

        Assert.Equal(["j", "🙂", "Ctrl+c"], keys);
        Assert.IsType<InvalidOperationException>(failure);
    }

    private static KeyEvent Map(char c, ConsoleKey key, bool shift = false, bool alt = false, bool control = false) =>
        ConsoleKeyMapper.Map(new ConsoleKeyInfo(c, key, shift, alt, control));
}
