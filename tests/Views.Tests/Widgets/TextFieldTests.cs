using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Widgets;

public sealed class TextFieldTests
{
    [Fact]
    public void Edits_at_the_cursor()
    {
        var field = new TextField("hello world");
        Press(field, "Home");
        Press(field, "Right");
        Press(field, "Delete");
        Type(field, "E");
        Press(field, "End");
        Press(field, "Backspace");
        Assert.Equal("hEllo worl", field.Text);
        Assert.Equal(10, field.Cursor);
    }

    [Fact]
    public void Readline_keys_work()
    {
        var field = new TextField("gnt-instance migrate web1");
        Press(field, "Ctrl+w");
        Assert.Equal("gnt-instance migrate ", field.Text);
        Press(field, "Alt+b");
        Assert.Equal(13, field.Cursor);
        Press(field, "Ctrl+k");
        Assert.Equal("gnt-instance ", field.Text);
        Press(field, "Ctrl+a");
        Press(field, "Ctrl+f");
        Press(field, "Ctrl+u");
        Assert.Equal("nt-instance ", field.Text);
        Assert.False(field.HandleKey(KeyEvent.Parse("Enter")));
    }

    [Fact]
    public void The_cursor_moves_over_whole_graphemes()
    {
        var field = new TextField("a🙂é");
        Press(field, "Backspace"); // e + combining accent go together
        Assert.Equal("a🙂", field.Text);
        Press(field, "Left");
        Assert.Equal(1, field.Cursor);
        Press(field, "Delete");
        Assert.Equal("a", field.Text);
    }

    [Fact]
    public void Scrolls_to_keep_the_cursor_visible()
    {
        var field = new TextField("0123456789abcdef");
        var screen = new Screen(8, 1);
        field.Render(screen, 0, 0, 8, CellStyle.Default, new CellStyle(default, default, CellAttributes.Reverse));
        Assert.Equal("9abcdef ", screen.GetRowText(0));
        Assert.Equal(CellAttributes.Reverse, screen[7, 0].Style.Attributes);

        Press(field, "Home");
        field.Render(screen, 0, 0, 8, CellStyle.Default, CellStyle.Default);
        Assert.Equal("01234567", screen.GetRowText(0));
    }

    [Fact]
    public void A_short_text_after_a_long_one_shows_from_its_start()
    {
        var field = new TextField();
        var screen = new Screen(8, 1);
        field.Paste(new string('x', 1000));
        field.Render(screen, 0, 0, 8, CellStyle.Default, CellStyle.Default);
        field.Text = "";
        field.Paste("web1");
        field.Render(screen, 0, 0, 8, CellStyle.Default, CellStyle.Default);
        Assert.Equal("web1    ", screen.GetRowText(0));
    }

    [Fact]
    public void Pasted_control_characters_become_spaces()
    {
        var field = new TextField();
        field.Insert("a\tb\e[31m");
        Assert.Equal("a b [31m", field.Text);
    }

    [Fact]
    public void A_paste_goes_in_as_one_line_with_each_line_break_and_tab_a_space()
    {
        var field = new TextField("reason: ");
        var changes = 0;
        field.Changed += () => changes++;

        Assert.True(field.HandleKey(KeyEvent.Paste("checked with oncall\r\nyes\tgo\nahead\r\n")));

        Assert.Equal("reason: checked with oncall yes go ahead", field.Text);
        Assert.Equal(field.Text.Length, field.Cursor);
        Assert.Equal(1, changes); // one splice, not one per character
        Assert.False(field.Truncated);
    }

    [Fact]
    public void A_paste_drops_control_characters_and_the_sequences_they_start_lose_their_escape()
    {
        var field = new TextField();
        field.Paste("a\e[31mb\u0007c\u009bd\u007f");
        Assert.Equal("a[31mbcd", field.Text);
    }

    [Fact]
    public void A_paste_inserts_at_the_cursor()
    {
        var field = new TextField("inst.example.com");
        Press(field, "Home");
        Press(field, "Right");
        Press(field, "Right");
        Press(field, "Right");
        Press(field, "Right");
        field.HandleKey(KeyEvent.Paste("5\r"));
        field.Home();
        field.Paste("web");
        Assert.Equal("webinst5.example.com", field.Text);
    }

    [Fact]
    public void A_megabyte_paste_is_cut_to_the_bound_in_one_pass_and_says_so()
    {
        var field = new TextField("x") { MaxLength = 400 };
        var changes = 0;
        field.Changed += () => changes++;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        field.HandleKey(KeyEvent.Paste(string.Concat(Enumerable.Repeat("yes go ahead\n", 80_000))));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), clock.Elapsed.ToString());
        Assert.Equal(400, field.Text.Length);
        Assert.StartsWith("xyes go ahead yes", field.Text, StringComparison.Ordinal);
        Assert.Equal(1, changes);
        Assert.True(field.Truncated);
        Assert.Equal("cut to 400 characters: the rest did not fit", field.TruncatedNote);

        Type(field, "z");
        Assert.Equal(400, field.Text.Length);
        Assert.True(field.Truncated); // a typed character that did not fit says so too
        Press(field, "Backspace");
        Assert.False(field.Truncated);
        Assert.Null(field.TruncatedNote);
    }

    [Fact]
    public void The_bound_never_splits_a_surrogate_pair()
    {
        var field = new TextField { MaxLength = 4 };
        field.Paste("abc🙂");
        Assert.Equal("abc", field.Text);
        Assert.True(field.Truncated);
        field.Text = "abc🙂";
        Assert.Equal("abc", field.Text);
        Assert.True(field.Truncated);
        field.Text = "ab🙂";
        Assert.False(field.Truncated);
    }

    private static void Press(TextField field, string key) => Assert.True(field.HandleKey(KeyEvent.Parse(key)), key);

    private static void Type(TextField field, string text)
    {
        foreach (var c in text)
        {
            field.HandleKey(KeyEvent.Char(c));
        }
    }
}
