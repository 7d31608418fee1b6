using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Screens.Verify;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Screens;

/// <summary>Each kind's operations come from its registered actions; moves reach widgets as commands, so they follow the user's keys.</summary>
public sealed class KindActionsTests
{
    private static IReadOnlyDictionary<ViewKind, KindScreen> Kinds() =>
        ScreenRegistry.Create(new KindSetup(new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: false, IsDemo: false, "prod-a"), new TestClock(), new VerifySession()));

    [Fact]
    public void Every_kind_is_registered_with_actions_and_every_operation_it_offers_is_dangerous()
    {
        var kinds = Kinds();
        Assert.Equal(Enum.GetValues<ViewKind>().Order(), kinds.Keys.Order());
        var operations = kinds.Values.SelectMany(k => k.Actions.Bindings).Where(b => b.Group == "Operations").ToList();
        Assert.Equal(22, operations.Select(b => b.Command).Distinct().Count());
        Assert.All(operations, b => Assert.True(b.Dangerous, b.Command));
    }

    [Fact]
    public void A_kind_that_is_not_in_front_does_not_answer_its_keys()
    {
        var console = new ConsoleDriver();
        console.Press("2"); // instances: m migrates
        console.Press("m");
        Assert.NotNull(console.App.OperationDialog);
        console.Press("Esc 4 m"); // jobs: m is nothing
        Assert.Null(console.App.OperationDialog);
        Assert.Null(console.App.Question);
    }

    [Fact]
    public void Help_scrolls_with_the_users_move_keys_not_the_defaults()
    {
        var user = new KeyMap([KeyBinding.Create("n", ConsoleCommands.Down, "down")]);
        var options = new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: false, IsDemo: false, "prod-a") { UserBindings = user };
        var console = new ConsoleDriver(options: options, height: 16);
        console.Press("?");
        console.Render();
        console.Press("n");
        Assert.True(console.App.HelpOpen);
        console.Press("j"); // no longer "down": any other key closes help
        Assert.False(console.App.HelpOpen);
    }
}
