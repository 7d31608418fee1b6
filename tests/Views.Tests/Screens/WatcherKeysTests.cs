using GntTui.Engine.Planners;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;

namespace GntTui.Views.Tests.Screens;

/// <summary>w / W on the runbooks view: the watcher paused for the maintenance and let go on after, each asked first.</summary>
public sealed class WatcherKeysTests
{
    [Fact]
    public void W_asks_then_pauses_the_watcher_for_an_hour_with_a_reason()
    {
        var console = new ConsoleDriver(width: 160);
        console.Press("7");
        console.Intents.Clear();
        console.Press("w");
        Assert.NotNull(console.App.Question);
        Assert.Contains("gnt-cluster watcher pause 3600", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        var set = Assert.IsType<ConsoleIntent.SetWatcher>(Assert.Single(console.Intents));
        Assert.Equal(TimeSpan.FromHours(1), set.Duration);
        Assert.Equal("gnt-tui: pause the watcher for maintenance (alice@console)", set.Reason);
    }

    [Fact]
    public void Shift_w_continues_a_paused_watcher_and_says_when_it_is_not_paused()
    {
        var console = new ConsoleDriver(width: 160);
        console.Press("7");
        console.Post(new WatcherUpdate(WatcherStatus.Running, null, TestClock.Start));
        console.Intents.Clear();
        console.Press("W");
        Assert.Null(console.App.Question);
        Assert.Contains("the watcher is not paused", console.Text(), StringComparison.Ordinal);

        console.Post(new WatcherUpdate(new WatcherStatus(true, "Thu Dec  3 13:12:37 2026"), null, TestClock.Start));
        console.Press("W");
        console.Press("y");
        Assert.Equal(new ConsoleIntent.SetWatcher(null, "gnt-tui: maintenance over (alice@console)"), Assert.Single(console.Intents));
    }

    [Fact]
    public void Read_only_has_no_watcher_keys()
    {
        var console = new ConsoleDriver(options: new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: true, IsDemo: false, ClusterLabel: "prod-a"), width: 160);
        console.Press("7");
        console.Press("w");
        Assert.Null(console.App.Question);
        Assert.Empty(console.Intents.OfType<ConsoleIntent.SetWatcher>());
    }
}
