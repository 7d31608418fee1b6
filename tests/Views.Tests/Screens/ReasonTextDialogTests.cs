using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Screens;

/// <summary>Ganeti fails a non-ASCII reason after it was sent ("commitBuffer: invalid character"): the dialog says so first, and y sends nothing.</summary>
public sealed class ReasonTextDialogTests
{
    [Fact]
    public void A_non_ascii_reason_is_named_in_the_dialog_and_y_sends_nothing()
    {
        var console = new ConsoleDriver();
        console.Press("2");
        Assert.True(console.App.ActiveScreen.Table.SelectKey("web1.example.com"));
        console.Press("r");
        var dialog = Assert.IsType<OperationDialog>(console.App.OperationDialog);
        while (dialog.Focus != DialogFocus.Reason)
        {
            console.Press("Tab");
        }

        console.App.Handle(new LoopEvent.KeyPressed(KeyEvent.Paste(" café")));

        Assert.NotNull(dialog.ReasonProblem);
        Assert.Contains("'é' (U+00E9)", dialog.ReasonProblem, StringComparison.Ordinal);
        Assert.Contains("'é' (U+00E9)", console.Text(), StringComparison.Ordinal);
        while (dialog.Focus != DialogFocus.Buttons)
        {
            console.Press("Tab");
        }

        console.Press("y");
        Assert.Equal(PromptStatus.Pending, dialog.Status);
        Assert.Equal(DialogFocus.Reason, dialog.Focus);
        Assert.Empty(console.Intents);

        console.Press("Backspace");
        console.Press("e");
        Assert.Null(dialog.ReasonProblem);
        while (dialog.Focus != DialogFocus.Buttons)
        {
            console.Press("Tab");
        }

        console.Press("y");
        Assert.Equal(PromptStatus.Submitted, dialog.Status);
        Assert.Single(console.Intents);
    }
}
