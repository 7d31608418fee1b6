using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Widgets;

public sealed class DialogTests
{
    [Fact]
    public void Typed_confirmation_needs_the_exact_text()
    {
        var dialog = Dialog.TypedConfirm("Remove instance", "This deletes the instance and its disks.", "web1.example.com");

        Assert.Equal(PromptStatus.Pending, Press(dialog, "Enter"));
        Assert.Contains("Type web1.example.com", dialog.Error, StringComparison.Ordinal);

        Type(dialog, "WEB1.example.com");
        Assert.Null(dialog.Error); // typing clears the complaint
        Assert.Equal(PromptStatus.Pending, Press(dialog, "Enter"));
        Assert.Contains("Does not match", dialog.Error, StringComparison.Ordinal);
        Assert.False(dialog.Accepted);

        Press(dialog, "Ctrl+u");
        Type(dialog, "web1.example.co");
        Assert.False(dialog.TypedTextMatches);
        Type(dialog, "m");
        Assert.True(dialog.TypedTextMatches);
        Assert.Equal(PromptStatus.Submitted, Press(dialog, "Enter"));
        Assert.True(dialog.Accepted);
    }

    [Fact]
    public void Typed_confirmation_can_be_cancelled()
    {
        var dialog = Dialog.TypedConfirm("Remove", "…", "web1");
        Type(dialog, "web1");
        Assert.Equal(PromptStatus.Cancelled, Press(dialog, "Esc"));
        Assert.False(dialog.Accepted);
    }

    [Fact]
    public void Dangerous_confirm_starts_on_cancel_and_needs_a_deliberate_move()
    {
        var dialog = Dialog.Confirm("Failover", "Fail over web1?", ["Failover", "Cancel"], dangerous: true);
        Assert.Equal(1, dialog.SelectedButton);

        Press(dialog, "Enter");
        Assert.Equal(PromptStatus.Submitted, dialog.Status);
        Assert.False(dialog.Accepted);

        var again = Dialog.Confirm("Failover", "Fail over web1?", ["Failover", "Cancel"], dangerous: true);
        Press(again, "Left");
        Press(again, "Enter");
        Assert.True(again.Accepted);
    }

    [Fact]
    public void Buttons_cycle_with_tab_and_shift_tab()
    {
        var dialog = Dialog.Confirm("t", "m", ["A", "B", "C"]);
        Press(dialog, "Tab");
        Press(dialog, "Tab");
        Press(dialog, "Tab");
        Assert.Equal(0, dialog.SelectedButton);
        Press(dialog, "Shift+Tab");
        Assert.Equal(2, dialog.SelectedButton);
    }

    [Fact]
    public void Text_input_validates_before_submitting()
    {
        var dialog = Dialog.TextInput("Rename", "New name:", "old", t => t.Contains(' ', StringComparison.Ordinal) ? "no spaces" : null);
        Type(dialog, " x");
        Assert.Equal(PromptStatus.Pending, Press(dialog, "Enter"));
        Assert.Equal("no spaces", dialog.Error);

        Press(dialog, "Ctrl+w");
        Press(dialog, "Backspace");
        Type(dialog, "-new");
        Assert.Equal(PromptStatus.Submitted, Press(dialog, "Enter"));
        Assert.Equal("old-new", dialog.Text);
    }

    private static PromptStatus Press(Dialog dialog, string key) => dialog.HandleKey(KeyEvent.Parse(key));

    private static void Type(Dialog dialog, string text)
    {
        foreach (var c in text)
        {
            dialog.HandleKey(KeyEvent.Char(c));
        }
    }
}
