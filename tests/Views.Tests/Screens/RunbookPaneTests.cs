using GntTui.Engine.Operations;
using GntTui.Views.Screens.Runbooks;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Screens;

/// <summary>The runbook pane's words: step marks without a stray colon, skipped items not "planned", no stale pre-flight once over.</summary>
public sealed class RunbookPaneTests
{
    private static RunbookState Finished()
    {
        var snapshot = TestSnapshots.Small() with { Jobs = [] };
        var plan = NodeMaintenanceRunbook.Plan("node2.example.com", snapshot);
        Assert.NotEmpty(plan.Findings); // the plan's pre-flight said something at the start
        return plan with
        {
            Id = 7,
            Steps = [.. plan.Steps.Select(s => s.Kind == RunbookStepKind.Drain
                ? s with { State = RunbookStepState.Skipped, Message = "skipped by the operator" }
                : s with { State = RunbookStepState.Done, Message = "done", Actions = [.. s.Actions.Select(a => a with { State = RunbookActionState.Succeeded })] })],
        };
    }

    [Fact]
    public void A_finished_runbook_shows_no_stale_pre_flight_and_its_skipped_items_as_never_sent()
    {
        var runbook = Finished();
        Assert.Equal(RunbookStatus.Finished, runbook.Status);
        var migrate = runbook.Steps.Single(s => s.Kind == RunbookStepKind.Drain);
        Assert.NotEmpty(migrate.Actions);

        var lines = RunbookDetail.Build(runbook, TestClock.Start).Lines;

        Assert.DoesNotContain(lines, l => l.IsHeading && l.Key.StartsWith("Pre-flight", StringComparison.Ordinal));
        var items = lines.SkipWhile(l => !(l.IsItem && l.Value.StartsWith(migrate.Title, StringComparison.Ordinal))).Skip(1).TakeWhile(l => !l.IsItem).ToList();
        Assert.Equal(migrate.Actions.Count, items.Count);
        Assert.All(items, l => Assert.Contains("· skipped, not sent", l.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Value.Contains("planned", StringComparison.Ordinal));
    }

    [Fact]
    public void Step_marks_take_no_colon_and_a_running_runbook_keeps_its_plans_pre_flight()
    {
        var runbook = Finished();
        var running = runbook with { Steps = [.. runbook.Steps.Select((s, i) => i == runbook.Steps.Count - 1 ? s with { State = RunbookStepState.Running } : s)] };
        var pane = new DetailPane();
        pane.SetLines(RunbookDetail.Build(running, TestClock.Start).Lines);
        var screen = new Screen(100, 40);
        pane.Render(screen, screen.Bounds, ThemeLoader.LoadBuiltIn("default"));
        var text = string.Join('\n', Enumerable.Range(0, 40).Select(screen.GetRowText));

        Assert.Contains("Pre-flight of the plan", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d [✓–▶?✖·]:", text);
        Assert.Matches(@" 1 – +Drain", text);
        Assert.Matches(@" 2 ✓ +\S", text);
    }
}
