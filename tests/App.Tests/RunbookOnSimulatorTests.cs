using GntTui.Engine.Operations;
using GntTui.Simulator;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Widgets;

namespace GntTui.App.Tests;

/// <summary>
/// A node maintenance runbook from the keys: planned with m, answered in its pane, interrupted by a
/// restart (a new console over the same state file) and carried on to its end.
/// </summary>
public sealed class RunbookOnSimulatorTests
{
    private const string Node = "node2.example.com";

    [Fact]
    public async Task M_on_a_node_runs_the_runbook_and_a_restart_resumes_it()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 42, clock);
        var stateDir = Directory.CreateTempSubdirectory("gnt-tui-runbook-").FullName;
        long id;
        await using (var first = new SimConsole(cluster, clock, stateDir: stateDir))
        {
            await first.StartAsync();
            first.Press("1");
            first.App.ActiveScreen.Refresh();
            Assert.True(first.App.ActiveScreen.Table.SelectKey(Node));
            first.Press("m");
            var plan = Assert.IsType<Dialog>(first.App.Question);
            Assert.Contains($"Plan for {Node}", plan.Message, StringComparison.Ordinal);
            if (plan.Kind == DialogKind.TypedConfirm)
            {
                first.Type(Node);
                first.Press("Enter");
            }
            else
            {
                first.Press("y");
            }

            Assert.IsType<ConsoleIntent.StartRunbook>(first.Intents[^1]);
            await first.UntilAsync(() => first.Runbook is { Status: not RunbookStatus.Running }, "the runbook to stop for the operator");
            Assert.Equal(ConsoleMode.Runbook, first.App.Mode);
            Assert.True(cluster.FindNode(Node)!.Drained);
            id = first.Runbook!.Id;
            first.Press("Esc");
        }

        // The console quit; a new one over the same state file finds the runbook and carries on.
        await using var second = new SimConsole(cluster, clock, stateDir: stateDir);
        try
        {
            await second.StartAsync();
            Assert.Contains(second.Messages.OfType<Notice>(), n => n.Text.StartsWith($"runbook {id} for {Node} resumed", StringComparison.Ordinal));
            second.Press("7");
            second.App.ActiveScreen.Refresh();
            Assert.Equal([id.ToString(System.Globalization.CultureInfo.InvariantCulture)], Keys(second));
            second.Press("Enter");
            Assert.Equal(ConsoleMode.Runbook, second.App.Mode);

            for (var answers = 0; answers < 20 && second.Runbook is { Status: not (RunbookStatus.Finished or RunbookStatus.Aborted) }; answers++)
            {
                await second.UntilAsync(() => second.Runbook is { Status: not RunbookStatus.Running }, "the runbook to stop for the operator");
                var state = second.Runbook!;
                if (state.Current is not { } step)
                {
                    break;
                }

                // Yes to every question; waits for DRBD readings (none here) and failures are skipped.
                second.Press(step.CanConfirm ? "y" : "s");
                Assert.NotNull(second.App.Question);
                second.Press("y");
                await second.UntilAsync(() => second.Runbook is { } s && (s.Current?.Id != step.Id || s.Current?.State != step.State), $"an answer to '{step.Title}'");
            }

            Assert.Equal(RunbookStatus.Finished, second.Runbook!.Status);
            Assert.False(cluster.FindNode(Node)!.Drained);
            Assert.Contains("finished", second.Text(), StringComparison.Ordinal);
            Assert.Empty(new RunbookStore(second.Store).Open("sim"));
        }
        finally
        {
            Directory.Delete(stateDir, recursive: true);
        }
    }

    private static IReadOnlyList<string> Keys(SimConsole console)
    {
        var table = console.App.ActiveScreen.Table;
        return [.. Enumerable.Range(0, table.Count).Select(table.Source.GetKey)];
    }
}
