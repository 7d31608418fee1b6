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
    public void Pasted_control_characters_become_spaces()
    {
        var field = new TextField();
        field.Insert("a\tb\e[31m");
        Assert.Equal("a b [31m", field.Text);
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
