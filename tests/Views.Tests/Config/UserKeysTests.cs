using GntTui.Engine.Config;
using GntTui.Views.Config;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Config;

public class UserKeysTests
{
    [Fact]
    public void Config_keys_become_bindings_for_known_commands()
    {
        var map = UserKeys.Build(new GntTuiConfig { Keys = new Dictionary<string, string> { [ConsoleCommands.Quit] = "Q Ctrl+x" } });

        Assert.NotNull(map);
        Assert.Equal(ConsoleCommands.Quit, map.CommandFor(KeyEvent.Parse("Q")));
        Assert.Equal(ConsoleCommands.Quit, map.CommandFor(KeyEvent.Parse("Ctrl+x")));
    }

    [Fact]
    public void No_keys_section_means_the_defaults()
    {
        Assert.Null(UserKeys.Build(new GntTuiConfig()));
    }

    [Theory]
    [InlineData("no.such.command", "m", "unknown command")]
    [InlineData(ConsoleCommands.Quit, "Ctrl+Banana", "is not a key")]
    public void Mistakes_are_named_at_start(string command, string keys, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => UserKeys.Build(new GntTuiConfig { Keys = new Dictionary<string, string> { [command] = keys } }));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebound_key_drives_the_console()
    {
        var map = UserKeys.Build(new GntTuiConfig { Keys = new Dictionary<string, string> { [ConsoleCommands.Quit] = "Q" } });
        var intents = new List<ConsoleIntent>();
        var app = new ConsoleApp(
            new ConsoleOptions(Views.Themes.ThemeLoader.LoadBuiltIn("mono"), false, true, "demo") { UserBindings = map },
            intents.Add,
            Engine.Model.ClusterSnapshot.Empty("demo", DateTimeOffset.UnixEpoch, isDemo: true));

        var outcome = app.Handle(new LoopEvent.KeyPressed(KeyEvent.Parse("Q")));

        Assert.Equal(LoopOutcome.Quit, outcome);
        Assert.Contains(intents, i => i is ConsoleIntent.Quit);
    }
}
