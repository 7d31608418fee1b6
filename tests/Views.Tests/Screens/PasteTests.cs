using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Screens;

/// <summary>A paste is text for the focused field and nothing for anything else: it never sends, answers or opens.</summary>
public sealed class PasteTests
{
    private const string Reason = "checked with oncall\ryes go ahead";

    private static ConsoleDriver RebootDialogOnReason()
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

        return console;
    }

    private static LoopOutcome Paste(ConsoleDriver console, string text) =>
        console.App.Handle(new LoopEvent.KeyPressed(KeyEvent.Paste(text)));

    [Fact]
    public void A_multi_line_paste_into_the_reason_is_text_and_sends_nothing()
    {
        var console = RebootDialogOnReason();
        var dialog = console.App.OperationDialog!;

        Paste(console, Reason);

        Assert.Same(dialog, console.App.OperationDialog);
        Assert.Equal(PromptStatus.Pending, dialog.Status);
        Assert.Equal(DialogFocus.Reason, dialog.Focus);
        Assert.EndsWith("checked with oncall yes go ahead", dialog.Reason.Text, StringComparison.Ordinal);
        Assert.Empty(console.Intents);
        Assert.Contains("checked with oncall yes go ahead", console.Text(), StringComparison.Ordinal);

        // On the buttons, where a typed y confirms, a pasted y is nothing.
        while (dialog.Focus != DialogFocus.Buttons)
        {
            console.Press("Tab");
        }

        Paste(console, "y");
        Paste(console, "y\r");
        Assert.Equal(PromptStatus.Pending, dialog.Status);
        Assert.Empty(console.Intents);
        console.Press("Esc");
        Assert.Null(console.App.OperationDialog);
        Assert.Empty(console.Intents);
    }

    [Fact]
    public void A_megabyte_paste_into_the_reason_is_cut_to_its_bound_and_the_dialog_says_so()
    {
        var console = RebootDialogOnReason();
        var dialog = console.App.OperationDialog!;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Paste(console, string.Concat(Enumerable.Repeat("yes go ahead\n", 80_000)));
        var text = console.Text();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), clock.Elapsed.ToString());
        Assert.Equal(dialog.Reason.MaxLength, dialog.Reason.Text.Length);
        Assert.Contains($"cut to {dialog.Reason.MaxLength:N0} characters", text, StringComparison.Ordinal);
        Assert.Equal(PromptStatus.Pending, dialog.Status);
        Assert.Empty(console.Intents);
    }

    [Theory]
    [InlineData("s")]
    [InlineData("r")]
    [InlineData("q")]
    [InlineData("3")]
    [InlineData("/web\r")]
    public void A_paste_on_a_list_is_not_a_key(string text)
    {
        var console = new ConsoleDriver();
        console.Press("2");
        var before = console.Text();

        Assert.Equal(LoopOutcome.Unchanged, Paste(console, text));

        Assert.Null(console.App.OperationDialog);
        Assert.Equal(ViewKind.Instances, console.App.ActiveView);
        Assert.Equal(before, console.Text());
        Assert.Empty(console.Intents);
    }

    [Fact]
    public void A_paste_does_not_close_the_help()
    {
        var console = new ConsoleDriver();
        console.Press("?");
        Assert.True(console.App.HelpOpen);
        Paste(console, "q");
        Assert.True(console.App.HelpOpen);
    }
}
