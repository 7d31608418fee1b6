using System.Diagnostics;
using System.Text;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Terminal;

/// <summary>Bracketed paste on the byte level: a paste is one event, whatever it holds and however it is split.</summary>
public sealed class InputDecoderTests
{
    private const string Start = "\e[200~";
    private const string End = "\e[201~";

    [Fact]
    public void A_paste_is_one_event_and_the_enter_and_y_inside_it_are_text()
    {
        var events = Decode("j" + Start + "checked with oncall\ryes go ahead" + End + "k");

        Assert.Equal(["j", "Paste(32 chars)", "k"], events.Select(e => e.ToString()));
        Assert.Equal("checked with oncall\ryes go ahead", events[1].Text);
        Assert.Equal(Key.Paste, events[1].Key);
        Assert.False(events[1].IsText);
    }

    [Fact]
    public void Any_split_across_reads_gives_the_same_events()
    {
        var input = Encoding.UTF8.GetBytes("\e[A" + Start + "a\rb\e[201y🙂" + End + "\eOBq");
        var whole = Decode(input);
        Assert.Equal(["Up", "Paste(11 chars)", "Down", "q"], whole.Select(e => e.ToString()));
        Assert.Equal("a\rb\e[201y🙂", whole[1].Text);

        for (var split = 1; split < input.Length; split++)
        {
            var decoder = new InputDecoder();
            var events = new List<KeyEvent>();
            decoder.Feed(input.AsSpan(0, split), events);
            decoder.Feed(input.AsSpan(split), events);
            Assert.Equal(whole, events);
        }

        var bytewise = new InputDecoder();
        var one = new List<KeyEvent>();
        foreach (var b in input)
        {
            bytewise.Feed([b], one);
        }

        Assert.Equal(whole, one);
    }

    [Fact]
    public void Look_alikes_of_the_end_marker_stay_in_the_paste()
    {
        var text = "a\e[201b\e[2011~c\e[20~d\e[201;5~e\e[200~f\e[201";
        var events = Decode(Start + text + End);
        Assert.Equal(text, Assert.Single(events).Text);
    }

    [Fact]
    public void An_unterminated_paste_ends_when_it_expires_and_keys_come_back()
    {
        var decoder = new InputDecoder();
        var events = new List<KeyEvent>();
        decoder.Feed(Encoding.UTF8.GetBytes(Start + "rm -rf\ry\e[20"), events);
        Assert.Empty(events);
        Assert.True(decoder.InPaste);
        Assert.Equal(InputDecoder.PasteTimeout, decoder.Timeout);

        decoder.Expire(events);
        Assert.Equal("rm -rf\ry\e[20", Assert.Single(events).Text);
        Assert.False(decoder.InPaste);
        Assert.Null(decoder.Timeout);

        decoder.Feed("\e"u8, events);
        Assert.Equal(InputDecoder.EscapeTimeout, decoder.Timeout);
        decoder.Expire(events);
        Assert.Equal(Key.Escape, events[^1].Key);
    }

    [Fact]
    public void An_empty_paste_is_no_event_and_utf8_survives_a_paste()
    {
        Assert.Empty(Decode(Start + End));
        Assert.Equal("é日🙂", Assert.Single(Decode(Start + "é日🙂" + End)).Text);
    }

    [Fact]
    public void A_megabyte_paste_is_one_bounded_event_in_linear_time()
    {
        var input = Encoding.UTF8.GetBytes(Start + new string('x', 1 << 20) + "\r" + End + "q");
        var decoder = new InputDecoder();
        var events = new List<KeyEvent>();
        var clock = Stopwatch.StartNew();
        for (var at = 0; at < input.Length; at += 4095)
        {
            decoder.Feed(input.AsSpan(at, Math.Min(4095, input.Length - at)), events);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.Equal(2, events.Count);
        Assert.Equal(InputDecoder.MaxPasteBytes, events[0].Text!.Length);
        Assert.Equal("q", events[1].ToString());
    }

    [Fact]
    public void Endless_garbage_in_a_sequence_is_decoded_as_it_stands_rather_than_held()
    {
        var decoder = new InputDecoder();
        var events = new List<KeyEvent>();
        decoder.Feed(Encoding.ASCII.GetBytes("\e[" + new string('1', 10_000)), events);
        Assert.Null(decoder.Timeout);
        Assert.NotEmpty(events);
    }

    private static List<KeyEvent> Decode(string input) => Decode(Encoding.UTF8.GetBytes(input));

    private static List<KeyEvent> Decode(byte[] input)
    {
        var decoder = new InputDecoder();
        var events = new List<KeyEvent>();
        decoder.Feed(input, events);
        decoder.Expire(events);
        return events;
    }
}
