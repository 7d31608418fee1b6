using GntTui.Views.Screens.Shell;
using GntTui.Views.Tests.Support;

namespace GntTui.Views.Tests.Screens;

/// <summary>Operation dialogs and read-only keys as whole screens (Golden/Screens/*.txt; UPDATE_GOLDEN=1 re-records).</summary>
public sealed class OperationGoldenTests
{
    private static ConsoleDriver WithDrbd(ConsoleOptions? options = null)
    {
        var console = new ConsoleDriver(options: options, width: 120, height: 34);
        console.Post(TestDrbd.Snapshot());
        return console;
    }

    [Fact]
    public void Migrate_dialog_with_findings_the_exact_command_and_the_reason()
    {
        var console = WithDrbd();
        console.Press("2");
        console.App.ActiveScreen.Table.SelectKey("cache1.example.com");
        console.Press("m");
        GoldenFile.Verify(console.Render(), "Screens/dialog-migrate");
    }

    [Fact]
    public void A_blocked_migrate_asks_for_the_name_typed()
    {
        var console = WithDrbd();
        console.Press("2");
        console.App.ActiveScreen.Table.SelectKey("web1.example.com"); // disk/0 resyncing to node2
        console.Press("m");
        console.Type("web1");
        console.Press("Enter");
        GoldenFile.Verify(console.Render(), "Screens/dialog-migrate-blocked");
    }

    [Fact]
    public void A_group_dialog_leaves_blocked_rows_out()
    {
        var console = WithDrbd();
        console.Press("2 Space j Space j Space");
        console.Press("f");
        GoldenFile.Verify(console.Render(), "Screens/dialog-group");
    }

    [Fact]
    public void Runbook_plan_and_pane()
    {
        var snapshot = TestSnapshots.Small() with
        {
            Jobs = [],
            Instances = [.. TestSnapshots.Instances.Where(i => i.PrimaryNode != "node2.example.com" || i.Status == Engine.Ganeti.InstanceStatus.Running)],
        };
        var console = new ConsoleDriver(snapshot, width: 120, height: 34);
        console.Press("1");
        console.App.ActiveScreen.Table.SelectKey("node2.example.com");
        console.Press("m");
        GoldenFile.Verify(console.Render(), "Screens/runbook-plan");

        console.Press("y");
        var plan = Engine.Operations.NodeMaintenanceRunbook.Plan("node2.example.com", snapshot);
        console.Post(plan with
        {
            Id = 3,
            UpdatedAt = TestClock.Start.AddSeconds(-20),
            Steps = [.. plan.Steps.Select(s => s.Kind switch
            {
                Engine.Operations.RunbookStepKind.Drain => s with { State = Engine.Operations.RunbookStepState.Done, Message = "done" },
                Engine.Operations.RunbookStepKind.MigratePrimaries => s with
                {
                    State = Engine.Operations.RunbookStepState.Running,
                    Actions = [.. s.Actions.Select(a => a with { State = Engine.Operations.RunbookActionState.Running, JobId = 412, LastLine = "* memory transfer progress: 61.23 %" })],
                },
                _ => s,
            })],
        });
        GoldenFile.Verify(console.Render(), "Screens/runbook-pane");
    }

    [Fact]
    public void Read_only_help_and_footer_have_no_operation_keys()
    {
        var options = new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: true, IsDemo: false, "prod-a");
        var console = new ConsoleDriver(options: options, width: 100, height: 40);
        console.Press("2 ?");
        GoldenFile.Verify(console.Render(), "Screens/help-read-only");
    }
}
