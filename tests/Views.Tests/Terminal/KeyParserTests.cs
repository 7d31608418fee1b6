using System.Text;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Terminal;

public sealed class KeyParserTests
{
    public static TheoryData<string, string> Sequences => new()
    {
        { "\e[A", "Up" }, { "\e[B", "Down" }, { "\e[C", "Right" }, { "\e[D", "Left" },
        { "\eOA", "Up" }, { "\eOD", "Left" },
        { "\e[H", "Home" }, { "\e[F", "End" }, { "\eOH", "Home" }, { "\e[1~", "Home" }, { "\e[4~", "End" },
        { "\e[7~", "Home" }, { "\e[8~", "End" },
        { "\e[5~", "PgUp" }, { "\e[6~", "PgDn" }, { "\e[2~", "Ins" }, { "\e[3~", "Del" },
        { "\eOP", "F1" }, { "\eOQ", "F2" }, { "\eOR", "F3" }, { "\eOS", "F4" },
        { "\e[11~", "F1" }, { "\e[15~", "F5" }, { "\e[17~", "F6" }, { "\e[21~", "F10" },
        { "\e[23~", "F11" }, { "\e[24~", "F12" }, { "\e[[A", "F1" }, { "\e[[E", "F5" },
        { "\e[Z", "Shift+Tab" },
        { "\e[1;5A", "Ctrl+Up" }, { "\e[1;2B", "Shift+Down" }, { "\e[1;3C", "Alt+Right" }, { "\e[5;5~", "Ctrl+PgUp" },
        { "\e[1;5P", "Ctrl+F1" },
        { "\ex", "Alt+x" }, { "\eX", "Alt+X" }, { "\e\u007f", "Alt+Backspace" }, { "\e\u0004", "Ctrl+Alt+d" },
        { "\e", "Esc" }, { "\r", "Enter" }, { "\n", "Enter" }, { "\t", "Tab" },
        { "\u007f", "Backspace" }, { "\b", "Backspace" },
        { "\u0003", "Ctrl+c" }, { "\u0001", "Ctrl+a" }, { "\u001a", "Ctrl+z" }, { "\0", "Ctrl+Space" },
        { "q", "q" }, { "Q", "Q" }, { " ", "Space" }, { "/", "/" }, { ":", ":" },
        { "é", "é" }, { "日", "日" }, { "🙂", "🙂" },
        { "\e[99;5u", "Ctrl+c" }, { "\e[13u", "Enter" },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Decodes_a_sequence_to_one_key(string input, string expected)
    {
        var keys = KeyParser.ParseAll(Encoding.UTF8.GetBytes(input));
        Assert.Equal(expected, Assert.Single(keys).ToString());
    }

    [Fact]
    public void Decodes_a_mixed_stream()
    {
        var keys = KeyParser.ParseAll(Encoding.UTF8.GetBytes("j\e[Bk\e[5~:q\r\e\e[A🙂"));
        Assert.Equal("j Down k PgUp : q Enter Esc Up 🙂", string.Join(' ', keys));
    }

    [Theory]
    [InlineData("\e")]
    [InlineData("\e[")]
    [InlineData("\e[1;5")]
    [InlineData("\eO")]
    [InlineData("\e[[")]
    public void A_partial_sequence_asks_for_more_bytes(string input)
    {
        Assert.Equal(0, KeyParser.TryParse(Encoding.UTF8.GetBytes(input), out _));
    }

    [Fact]
    public void A_partial_utf8_character_asks_for_more_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("🙂");
        Assert.Equal(0, KeyParser.TryParse(bytes.AsSpan(0, 2), out _));
        Assert.Equal(4, KeyParser.TryParse(bytes, out var key));
        Assert.Equal("🙂", key.ToString());
    }

    [Fact]
    public void At_end_of_input_a_lone_escape_is_the_escape_key()
    {
        Assert.Equal(1, KeyParser.TryParse("\e"u8, out var key, endOfInput: true));
        Assert.Equal(Key.Escape, key.Key);
    }

    [Fact]
    public void Unknown_sequences_are_consumed_and_skipped()
    {
        var keys = KeyParser.ParseAll(Encoding.UTF8.GetBytes("\e[<0;10;20M\e[200~a\e[99X"));
        Assert.Equal("a", Assert.Single(keys).ToString());
    }

    [Fact]
    public void Invalid_utf8_becomes_a_replacement_character()
    {
        var keys = KeyParser.ParseAll([0xFF, (byte)'a']);
        Assert.Equal(["\uFFFD", "a"], keys.Select(k => k.ToString()));
    }
}
