using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Tests.Screens;

/// <summary>A dialog whose meaning changes while it is open says so, and the y meant for the old meaning neither sends nor is typed.</summary>
public sealed class DialogChangeTests
{
    private static ConsoleDriver MigrateDialogOnWeb3()
    {
        var console = new ConsoleDriver(TestSnapshots.Small() with { Jobs = [] });
        console.Press("2");
        Assert.True(console.App.ActiveScreen.Table.SelectKey("web3.example.com"));
        console.Press("m");
        Assert.False(console.App.OperationDialog!.RequiresTyped);
        return console;
    }

    [Fact]
    public void A_blocker_that_appears_while_open_is_said_and_the_next_y_is_neither_sent_nor_typed()
    {
        var console = MigrateDialogOnWeb3();

        // A refresh lists job 103 migrating web3: Ganeti would queue ours behind it.
        console.Post(TestSnapshots.Small());
        var dialog = console.App.OperationDialog!;
        Assert.True(dialog.RequiresTyped);
        Assert.Contains("changed while open", console.Text(), StringComparison.Ordinal);

        console.Press("y");

        Assert.Same(dialog, console.App.OperationDialog);
        Assert.Equal("", dialog.Typed.Text);
        Assert.DoesNotContain(console.Intents, i => i is ConsoleIntent.Submit);
        Assert.Contains("not sent: the pre-flight changed", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_refused_y_the_name_can_be_typed_to_override()
    {
        var console = MigrateDialogOnWeb3();
        console.Post(TestSnapshots.Small());
        console.Press("y");

        console.Type("web3.example.com");
        console.Press("Enter");

        var submit = Assert.Single(console.Intents.OfType<ConsoleIntent.Submit>());
        Assert.Equal("web3.example.com", submit.TypedOverride);
    }

    [Fact]
    public void A_blocker_present_from_the_start_is_not_called_a_change()
    {
        var console = new ConsoleDriver();
        console.Press("2");
        Assert.True(console.App.ActiveScreen.Table.SelectKey("web3.example.com"));
        console.Press("m");

        Assert.True(console.App.OperationDialog!.RequiresTyped);
        Assert.DoesNotContain("changed while open", console.Text(), StringComparison.Ordinal);
    }
}
