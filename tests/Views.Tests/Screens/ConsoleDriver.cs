using GntTui.Engine.Model;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Tests.Screens;

/// <summary>A console under test: keys in, intents and frames out, no terminal.</summary>
internal sealed class ConsoleDriver
{
    public static readonly Theme Dark = ThemeLoader.LoadBuiltIn("default");

    public ConsoleDriver(ClusterSnapshot? snapshot = null, ConsoleOptions? options = null, int width = 120, int height = 30)
    {
        Options = options ?? new ConsoleOptions(Dark, ReadOnly: false, IsDemo: false, ClusterLabel: "prod-a") { Operator = "alice@console" };
        App = new ConsoleApp(Options, Intents.Add, snapshot ?? TestSnapshots.Small(), Clock);
        Screen = new Screen(width, height);
    }

    public TestClock Clock { get; } = new();

    public ConsoleOptions Options { get; }

    public ConsoleApp App { get; }

    public Screen Screen { get; private set; }

    public List<ConsoleIntent> Intents { get; } = [];

    /// <summary>Presses keys given in key-map notation, separated by spaces: "1", "Shift+N", "Enter Esc".</summary>
    public LoopOutcome Press(string keys)
    {
        var outcome = LoopOutcome.Unchanged;
        foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            outcome = App.Handle(new LoopEvent.KeyPressed(KeyEvent.Parse(key)));
        }

        return outcome;
    }

    /// <summary>Types text character by character (spaces included).</summary>
    public void Type(string text)
    {
        foreach (var c in text)
        {
            App.Handle(new LoopEvent.KeyPressed(KeyEvent.Char(c)));
        }
    }

    public LoopOutcome Post(object payload) => App.Handle(new LoopEvent.Message(payload));

    public LoopOutcome Tick() => App.Handle(new LoopEvent.Tick(Clock.Now));

    public Screen Render()
    {
        App.Render(Screen);
        return Screen;
    }

    public void Resize(int width, int height)
    {
        Screen = new Screen(width, height);
        App.Handle(new LoopEvent.Resized(new TerminalSize(width, height)));
    }

    /// <summary>Row keys of the active list, top to bottom.</summary>
    public IReadOnlyList<string> Keys()
    {
        var table = App.ActiveScreen.Table;
        App.ActiveScreen.Refresh();
        return [.. Enumerable.Range(0, table.Count).Select(table.Source.GetKey)];
    }

    public string Text() => Render().ToString();
}
