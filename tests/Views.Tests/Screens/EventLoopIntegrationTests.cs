using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;

namespace GntTui.Views.Tests.Screens;

/// <summary>The console inside the real event loop and renderer, on a fake terminal.</summary>
public sealed class EventLoopIntegrationTests
{
    [Fact]
    public void Paints_takes_keys_and_messages_and_quits()
    {
        var terminal = new FakeTerminal(120, 30);
        var intents = new List<ConsoleIntent>();
        var options = new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: false, IsDemo: true, "demo");
        var app = new ConsoleApp(options, intents.Add, TestSnapshots.Small(), new TestClock());
        using var loop = new EventLoop(terminal, app, new ManualTimeProvider());

        Assert.True(loop.RunPending());
        Assert.Equal(1, loop.FramesRendered);
        Assert.Contains("Nodes [4]", loop.Screen.ToString(), StringComparison.Ordinal);
        Assert.Contains("DEMO", terminal.OutputText, StringComparison.Ordinal);

        loop.Post(TestDrbd.Snapshot());
        loop.PostKey(KeyEvent.Char('3'));
        loop.RunPending();
        Assert.Equal(ViewKind.Drbd, app.ActiveView);

        terminal.Resize(70, 12);
        loop.RunPending();
        Assert.Equal(70, loop.Screen.Width);

        loop.PostKey(KeyEvent.Char('q'));
        Assert.False(loop.RunPending());
        Assert.IsType<ConsoleIntent.Quit>(Assert.Single(intents));
    }
}
