using System.Collections.Concurrent;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Tests.Screens;

/// <summary>
/// With the pre-flight off the UI loop, a dialog opens at once saying it is checking, sends nothing
/// until the findings arrive (as a message, like the real loop brings them), and drops answers
/// for choices or data it no longer shows.
/// </summary>
public sealed class OffLoopPreflightTests
{
    private static (ConsoleDriver Console, BlockingCollection<object> Posted) OffLoop()
    {
        var console = new ConsoleDriver(TestSnapshots.Small() with { Jobs = [] });
        var posted = new BlockingCollection<object>();
        console.App.CheckOffLoop(posted.Add);
        return (console, posted);
    }

    private static PreflightChecked Next(BlockingCollection<object> posted)
    {
        Assert.True(posted.TryTake(out var payload, TimeSpan.FromSeconds(30)), "the pre-flight answer to be posted");
        return Assert.IsType<PreflightChecked>(payload);
    }

    [Fact]
    public void The_dialog_opens_checking_refuses_y_until_the_findings_arrive_then_sends()
    {
        var (console, posted) = OffLoop();
        console.Press("2");
        Assert.True(console.App.ActiveScreen.Table.SelectKey("web3.example.com"));
        console.Press("m");
        var dialog = console.App.OperationDialog;
        Assert.NotNull(dialog);
        Assert.True(dialog.Checking);
        Assert.Contains("Pre-flight: checking…", console.Text(), StringComparison.Ordinal);
        Assert.Contains("gnt-instance migrate -f --submit", console.Text(), StringComparison.Ordinal);

        console.Press("y");
        Assert.Same(dialog, console.App.OperationDialog);
        Assert.Empty(console.Intents);
        Assert.Contains("still checking", console.Text(), StringComparison.Ordinal);

        console.Post(Next(posted));
        Assert.False(dialog.Checking);
        Assert.Contains("no DRBD readings for web3", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        var submit = Assert.IsType<ConsoleIntent.Submit>(Assert.Single(console.Intents));
        Assert.Equal("web3.example.com", Assert.IsType<InstanceMigrate>(submit.Report.Operation).Instance);
    }

    [Fact]
    public void An_answer_for_an_older_choice_is_dropped_and_the_newer_one_fills_in()
    {
        var (console, posted) = OffLoop();
        console.Press("2");
        Assert.True(console.App.ActiveScreen.Table.SelectKey("cache1.example.com"));
        console.Press("m");
        var dialog = console.App.OperationDialog!;
        console.Press("Left"); // a new choice: the first check is out of date
        var answers = new List<PreflightChecked>();
        while (answers.Count < 2 && posted.TryTake(out var p, TimeSpan.FromSeconds(30)))
        {
            answers.Add(Assert.IsType<PreflightChecked>(p));
        }

        // The first check may have been cancelled before it ran: at least the newest answer arrives.
        var newest = answers.Single(a => a.Generation == answers.Max(x => x.Generation));
        foreach (var old in answers.Where(a => a != newest))
        {
            console.Post(old);
            Assert.True(dialog.Checking);
        }

        console.Post(newest);
        Assert.False(dialog.Checking);
        var report = Assert.IsType<PreflightReport>(dialog.Single);
        Assert.Equal("hail", Assert.IsType<InstanceMigrate>(report.Operation).IAllocator);
    }

    [Fact]
    public void Esc_closes_a_dialog_still_checking_and_its_late_answer_changes_nothing()
    {
        var (console, posted) = OffLoop();
        console.Press("2");
        console.Press("m");
        Assert.NotNull(console.App.OperationDialog);
        console.Press("Esc");
        Assert.Null(console.App.OperationDialog);
        if (posted.TryTake(out var late, TimeSpan.FromSeconds(2)))
        {
            console.Post(late);
        }

        Assert.Null(console.App.OperationDialog);
        Assert.Empty(console.Intents);
    }
}
