using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Widgets;

public sealed class KeyMapTests
{
    private static readonly KeyMap Global = new(
    [
        KeyBinding.Create("q Ctrl+c", "quit", "Quit", footer: true),
        KeyBinding.Create("?", "help", "Help", footer: true),
        KeyBinding.Create(":", "palette", "Command", footer: true),
        KeyBinding.Create("/", "filter", "Filter", footer: true),
        KeyBinding.Create("j Down", "down", "Down", "Navigation"),
        KeyBinding.Create("m", "migrate", "Migrate instance", "Instance", dangerous: true, footer: true),
        KeyBinding.Create("Shift+F", "failover", "Fail over instance", "Instance", dangerous: true),
    ]);

    [Fact]
    public void Looks_up_commands_by_key()
    {
        Assert.Equal("quit", Global.CommandFor(KeyEvent.CtrlChar('c')));
        Assert.Equal("down", Global.CommandFor(new KeyEvent(Key.Down)));
        Assert.Equal("failover", Global.CommandFor(KeyEvent.Char('F')));
        Assert.Null(Global.CommandFor(KeyEvent.Char('z')));
    }

    [Fact]
    public void Read_only_mode_drops_dangerous_bindings_everywhere()
    {
        var readOnly = Global.WithoutDangerous();
        Assert.Null(readOnly.CommandFor(KeyEvent.Char('m')));
        Assert.DoesNotContain(readOnly.FooterBindings, b => b.Command == "migrate");
        Assert.DoesNotContain(readOnly.Groups, g => g.Key == "Instance");
    }

    [Fact]
    public void Duplicate_keys_are_rejected_with_both_commands_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => new KeyMap(
            [KeyBinding.Create("d", "describe", "Describe"), KeyBinding.Create("d", "delete", "Delete")]));
        Assert.Contains("'describe'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'delete'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_screen_layer_shadows_global_keys()
    {
        var screen = new KeyMap([KeyBinding.Create("q", "close", "Close view")]);
        var layered = Global.Layer(screen);
        Assert.Equal("close", layered.CommandFor(KeyEvent.Char('q')));
        Assert.Equal("quit", layered.CommandFor(KeyEvent.CtrlChar('c')));
        Assert.Equal("close", layered.Bindings[0].Command);
    }

    [Fact]
    public void Rebinding_moves_keys_between_commands()
    {
        var rebound = Global.Rebind("help", [KeyEvent.Parse("F1"), KeyEvent.Parse("q")]);
        Assert.Equal("help", rebound.CommandFor(KeyEvent.Parse("F1")));
        Assert.Equal("help", rebound.CommandFor(KeyEvent.Char('q')));
        Assert.Equal("quit", rebound.CommandFor(KeyEvent.CtrlChar('c')));
        Assert.Null(rebound.CommandFor(KeyEvent.Char('?')));
    }

    [Fact]
    public void Keys_text_is_what_help_shows()
    {
        Assert.Equal("q/Ctrl+c", Global.ForCommand("quit")!.KeysText);
    }
}
