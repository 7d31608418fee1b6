using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Engine.Text;
using GntTui.Faults.Tests.Hostile;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests.Terminal;

/// <summary>
/// Hostile text from the cluster (list fields, refused rows, error messages, verify findings),
/// from the audit trail and in notices, through every screen of the console and the terminal
/// renderer: not one control character or bidi override in a cell, not one escape sequence in
/// the bytes that is not the renderer's own.
/// </summary>
public sealed partial class RenderedTextTests(ITestOutputHelper output)
{
    private const int PerFrame = 8;

    /// <summary>What the renderer itself writes: CSI sequences (cursor, SGR, clear) and nothing else.</summary>
    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex RendererSequence();

    [Fact]
    public async Task Ten_thousand_hostile_strings_through_every_screen_leave_no_escape_sequence()
    {
        var clock = Stopwatch.StartNew();
        var names = HostileNames.Generate(10_000, 15_002);
        var theme = ThemeLoader.LoadBuiltIn("default");
        long frames = 0, cells = 0, unsafeCells = 0, foreignSequences = 0, shown = 0;
        var examples = new List<string>();
        foreach (var chunk in names.Chunk(PerFrame))
        {
            var snapshot = await new ClusterMonitor(new GanetiClient(new HostileClusterShell(chunk)), "hostile").RefreshAsync(CancellationToken.None);
            var app = new ConsoleApp(new ConsoleOptions(theme, ReadOnly: false, IsDemo: false, "hostile") { Operator = "alice@console" }, _ => { }, snapshot);
            Post(app, snapshot);
            Post(app, new Notice(chunk[0], ToastLevel.Error));
            Post(app, new AuditRows(chunk.Select((h, i) => new AuditEntry(i + 1, h, h, h, h, h, h, DateTimeOffset.UnixEpoch, null, i, null, h, h, h)).ToList()));
            Post(app, new VerifyUpdate(ClusterVerification.Parse(VerifyOutput(chunk), [], DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1)), false, chunk[^1]));
            var stale = await new ClusterMonitor(new GanetiClient(new HostileClusterShell(chunk, failing: true)), "hostile").RefreshAsync(CancellationToken.None);
            var renderer = new ScreenRenderer();
            foreach (var key in new[] { "1", "2", "3", "4", "5", "6", "7", "Enter", "?" })
            {
                app.Handle(new LoopEvent.KeyPressed(KeyEvent.Parse(key)));
                if (key == "4")
                {
                    Post(app, stale); // the header with the master's hostile error
                }
                var screen = new Screen(160, 45);
                app.Render(screen);
                frames++;
                if (screen.ToString().Contains("owned", StringComparison.Ordinal))
                {
                    shown++; // the hostile text itself is on screen, made harmless
                }
                for (var y = 0; y < screen.Height; y++)
                {
                    foreach (var cell in screen.Row(y))
                    {
                        cells++;
                        if (cell.Text.Any(UntrustedText.IsUnsafe))
                        {
                            unsafeCells++;
                        }
                    }
                }
                var bytes = Encoding.UTF8.GetString(renderer.Render(screen));
                var foreign = RendererSequence().Replace(bytes, "").Count(c => UntrustedText.IsUnsafe(c) && c is not ('\r' or '\n'));
                foreignSequences += foreign;
                if (foreign > 0 && examples.Count < 3)
                {
                    examples.Add(NameValidator.Printable(bytes));
                }
                app.Handle(new LoopEvent.KeyPressed(KeyEvent.Parse("Escape")));
            }
        }

        Figures.Record(output, "hostile text on screen", $"{names.Count} hostile strings, {frames} frames ({shown} showing hostile text), {cells} cells: {unsafeCells} cells with a control or bidi character, "
            + $"{foreignSequences} control characters in the bytes beyond the renderer's own sequences, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(foreignSequences == 0, string.Join("\n", examples));
        Assert.Equal(0, unsafeCells);
        Assert.True(shown > frames / 10, $"hostile text was on only {shown} of {frames} frames: the test would prove little");
    }

    private static void Post(ConsoleApp app, object payload) => app.Handle(new LoopEvent.Message(payload));

    private static string VerifyOutput(IEnumerable<string> hostile) =>
        string.Join("\n", hostile.Select(h => $"Sat Nov 21 13:03:47 2026   - ERROR:ENODESETUP:node:node1.example.com:{h}")) + "\n";
}
