using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Screens;

/// <summary>Operation keys: the dialog they open, the exact command it shows, and the intent a confirmation raises.</summary>
public sealed class OperationKeyTests
{
    private static ConsoleDriver OnInstance(string name, ConsoleDriver? console = null)
    {
        console ??= new ConsoleDriver();
        console.Press("2");
        Assert.True(console.App.ActiveScreen.Table.SelectKey(name));
        return console;
    }

    [Fact]
    public void M_on_a_drbd_instance_opens_the_migrate_dialog_with_the_exact_command_and_y_submits_it()
    {
        var console = OnInstance("web3.example.com", new ConsoleDriver(TestSnapshots.Small() with { Jobs = [] }));
        console.Press("m");
        var dialog = console.App.OperationDialog;
        Assert.NotNull(dialog);
        var report = Assert.IsType<PreflightReport>(dialog.Single);
        var op = Assert.IsType<InstanceMigrate>(report.Operation);
        Assert.Equal(("web3.example.com", null, false, false), (op.Instance, op.TargetNode, op.NonLive, op.Cleanup));
        var text = console.Text();
        Assert.Contains("gnt-instance migrate -f --submit --reason 'gnt-tui: migrate web3 off node1 (alice@console)' web3.example.com", text, StringComparison.Ordinal);
        Assert.Contains("node2.example.com (its DRBD secondary)", text, StringComparison.Ordinal);
        Assert.Contains("no DRBD readings for web3", text, StringComparison.Ordinal);

        console.Press("y");
        Assert.Null(console.App.OperationDialog);
        var submit = Assert.IsType<ConsoleIntent.Submit>(Assert.Single(console.Intents));
        Assert.Equal(op, submit.Report.Operation);
        Assert.Null(submit.TypedOverride);
    }

    [Theory]
    [InlineData("n")]
    [InlineData("Esc")]
    public void N_and_esc_cancel_without_an_intent(string key)
    {
        var console = OnInstance("cache1.example.com");
        console.Press("m");
        Assert.NotNull(console.App.OperationDialog);
        console.Press(key);
        Assert.Null(console.App.OperationDialog);
        Assert.Empty(console.Intents);
        Assert.Equal(ViewKind.Instances, console.App.ActiveView); // Esc closed the dialog, nothing else
    }

    [Fact]
    public void A_shared_storage_instance_picks_its_target_with_the_arrows_and_enter_on_the_confirm_button_sends()
    {
        var console = OnInstance("cache1.example.com");
        console.Press("m");
        var dialog = console.App.OperationDialog!;
        Assert.Equal(DialogFocus.Field, dialog.Focus);
        Assert.Equal("node2.example.com", ((InstanceMigrate)dialog.Operations[0]).TargetNode); // the roomiest usable node first
        Assert.Contains("-n node2.example.com", console.Text(), StringComparison.Ordinal);

        console.Press("Left"); // wraps to the last choice: let the iallocator pick
        var op = (InstanceMigrate)dialog.Operations[0];
        Assert.Equal((null, "hail"), (op.TargetNode, op.IAllocator));
        Assert.Contains("-I hail", console.Text(), StringComparison.Ordinal);

        console.Press("Right Tab Tab");
        Assert.Equal(DialogFocus.Buttons, dialog.Focus);
        console.Press("Left Enter");
        var submit = Assert.IsType<ConsoleIntent.Submit>(Assert.Single(console.Intents));
        Assert.Equal("node2.example.com", ((InstanceMigrate)submit.Report.Operation).TargetNode);
    }

    [Fact]
    public void A_blocker_needs_the_exact_name_typed_and_the_typed_name_travels_with_the_intent()
    {
        var console = OnInstance("db1.example.com"); // ADMIN_down: only a running instance migrates
        console.Press("m");
        var dialog = console.App.OperationDialog!;
        Assert.True(dialog.Single!.Has(PreflightCodes.NotRunning));
        Assert.Equal(DialogFocus.Typed, dialog.Focus);
        Assert.Equal("db1.example.com", dialog.TypedText);

        console.Press("Enter");
        Assert.Empty(console.Intents);
        Assert.Contains("Type db1.example.com to send it anyway", dialog.Error, StringComparison.Ordinal);
        console.Type("db1");
        console.Press("Enter");
        Assert.Empty(console.Intents);
        Assert.Contains("Does not match", dialog.Error, StringComparison.Ordinal);

        console.Type(".example.com");
        console.Press("Enter");
        var submit = Assert.IsType<ConsoleIntent.Submit>(Assert.Single(console.Intents));
        Assert.Equal("db1.example.com", submit.TypedOverride);
        Assert.True(submit.Report.Allows(submit.TypedOverride));
    }

    [Fact]
    public void Y_in_the_typed_field_is_text_not_a_yes()
    {
        var console = OnInstance("db1.example.com");
        console.Press("m y");
        Assert.Empty(console.Intents);
        Assert.Equal("y", console.App.OperationDialog!.Typed.Text);
    }

    [Fact]
    public void Marked_rows_make_one_operation_per_row_and_blocked_rows_are_left_out()
    {
        var console = OnInstance("cache1.example.com");
        console.Press("Space"); // cache1, then the cursor moves on
        console.App.ActiveScreen.Table.SelectKey("web1.example.com");
        console.Press("Space");
        console.App.ActiveScreen.Table.SelectKey("web3.example.com"); // job 103 migrates it right now
        console.Press("Space m");
        var dialog = console.App.OperationDialog!;
        Assert.True(dialog.IsGroup);
        Assert.Equal(3, dialog.Operations.Count);
        Assert.Contains("2 of 3 ready", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        var group = Assert.IsType<ConsoleIntent.SubmitGroup>(Assert.Single(console.Intents));
        Assert.Equal(["cache1.example.com", "web1.example.com"], group.Operations.Select(o => o.TargetName));
        Assert.Equal("hail", ((InstanceMigrate)group.Operations[0]).IAllocator); // shared storage: where hail says
        Assert.Null(((InstanceMigrate)group.Operations[1]).TargetNode); // DRBD: to its secondary
        Assert.Equal(ConsoleMode.Group, console.App.Mode);
        Assert.Equal(2, console.App.Groups[group.GroupId].Rows.Count);
    }

    [Fact]
    public void Shift_m_offers_non_live_and_cleanup()
    {
        var console = OnInstance("web1.example.com", new ConsoleDriver(width: 160));
        console.Press("M");
        var dialog = console.App.OperationDialog!;
        Assert.Equal(["mode", "cleanup"], dialog.Request.Fields.Select(f => f.Label));
        console.Press("Right");
        Assert.True(((InstanceMigrate)dialog.Operations[0]).NonLive);
        console.Press("Down Right");
        var op = (InstanceMigrate)dialog.Operations[0];
        Assert.True(op.Cleanup);
        Assert.Contains("gnt-instance migrate -f --submit --cleanup --reason 'gnt-tui: migrate --cleanup web1 (alice@console)' web1.example.com",
            console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ignore_consistency_is_offered_only_off_an_offline_primary_and_always_needs_the_name()
    {
        var dead = TestSnapshots.Instance("db9.example.com", InstanceStatus.ErrorNodeOffline, "ERROR_nodeoffline", "node4.example.com", "node2.example.com");
        var console = OnInstance("db9.example.com", new ConsoleDriver(TestSnapshots.Small() with { Instances = [.. TestSnapshots.Instances, dead] }));
        console.Press("f");
        var dialog = console.App.OperationDialog!;
        Assert.Equal("disks", Assert.Single(dialog.Request.Fields).Label);
        Assert.False(dialog.RequiresTyped);
        console.Press("Right");
        Assert.True(((InstanceFailover)dialog.Operations[0]).IgnoreConsistency);
        Assert.True(dialog.RequiresTyped);
        Assert.Contains("--ignore-consistency", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        Assert.Empty(console.Intents);
        Assert.Equal(DialogFocus.Typed, dialog.Focus);
        console.Type("db9.example.com");
        console.Press("Enter");
        var submit = Assert.IsType<ConsoleIntent.Submit>(Assert.Single(console.Intents));
        Assert.True(((InstanceFailover)submit.Report.Operation).IgnoreConsistency);

        var live = OnInstance("web1.example.com");
        live.Press("f");
        Assert.Empty(live.App.OperationDialog!.Request.Fields);
    }

    [Theory]
    [InlineData("web1.example.com", typeof(InstanceShutdown))]
    [InlineData("db1.example.com", typeof(InstanceStartup))]
    public void S_shuts_down_what_runs_and_starts_what_does_not(string name, Type expected)
    {
        var console = OnInstance(name);
        console.Press("s");
        Assert.IsType(expected, console.App.OperationDialog!.Operations[0]);
    }

    [Fact]
    public void Node_keys_toggle_drain_offline_and_candidate_and_evacuate_needs_a_side()
    {
        var console = new ConsoleDriver();
        console.Press("1");
        console.App.ActiveScreen.Table.SelectKey("node2.example.com");
        console.Press("d");
        Assert.Equal(new NodeSetDrained("node2.example.com", true, "gnt-tui: drain node2 (alice@console)"), console.App.OperationDialog!.Operations[0]);
        console.Press("Esc");
        console.App.ActiveScreen.Table.SelectKey("node3.example.com");
        console.Press("d");
        Assert.False(((NodeSetDrained)console.App.OperationDialog!.Operations[0]).Drained);
        console.Press("Esc o");
        Assert.True(((NodeSetOffline)console.App.OperationDialog!.Operations[0]).Offline);
        console.Press("Esc e");
        Assert.False(((NodeEvacuate)console.App.OperationDialog!.Operations[0]).Primaries);
        Assert.Equal(DialogFocus.Typed, console.App.OperationDialog!.Focus); // job 104 holds node3
        console.Press("Shift+Tab Shift+Tab Right");
        Assert.True(((NodeEvacuate)console.App.OperationDialog!.Operations[0]).Primaries);
        Assert.Contains("gnt-node evacuate -f --submit -p", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void C_on_a_job_cancels_through_the_job_canceller()
    {
        var console = new ConsoleDriver();
        console.Press("4"); // 104 (queued) is selected
        console.Press("c");
        Assert.Contains("gnt-job cancel 104", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        Assert.Equal(new ConsoleIntent.CancelJob(104), Assert.Single(console.Intents));

        console.Press("j c"); // 103 runs: Ganeti cannot cancel it
        Assert.True(console.App.OperationDialog!.Single!.Has(PreflightCodes.JobNotCancelable));
    }

    [Fact]
    public void An_operation_key_on_the_cached_picture_of_an_earlier_run_opens_no_dialog_and_says_why()
    {
        var console = new ConsoleDriver(TestSnapshots.Small(GntTui.Engine.Model.ConnectionState.Connecting, fromCache: true));
        console.Press("2 s");
        Assert.Null(console.App.OperationDialog);
        Assert.Contains("cached picture of an earlier run", console.Text(), StringComparison.Ordinal);

        console.Post(TestSnapshots.Small()); // the cluster's first answer
        console.Press("s");
        Assert.NotNull(console.App.OperationDialog);
    }

    [Fact]
    public void Read_only_mode_has_no_operation_keys_anywhere()
    {
        var console = new ConsoleDriver(options: new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: true, IsDemo: false, "prod-a"));
        foreach (var view in new[] { "1", "2", "4" })
        {
            console.Press(view);
            Assert.DoesNotContain(console.App.CurrentKeys.Bindings, b => b.Dangerous);
            Assert.Equal(LoopOutcome.Redraw, console.Press("m")); // a notice says it was not sent
            Assert.Null(console.App.OperationDialog);
        }

        Assert.Contains(console.App.CurrentKeys.Bindings, b => b.Command == ConsoleCommands.Verify); // verify changes nothing
    }

    [Fact]
    public void A_job_ganeti_accepted_shows_at_once_in_the_jobs_view_and_on_its_row_marked_ours()
    {
        var console = new ConsoleDriver();
        console.Post(new JobSubmitted(new InstanceMigrate("cache1.example.com", "x", "node2.example.com"), 200));
        console.Press("2");
        Assert.Contains("#200 migrate", console.Text(), StringComparison.Ordinal);
        console.Press("4");
        Assert.Equal("200", console.Keys()[0]);
        var row = console.Text().Split('\n').First(l => l.Contains(" 200 ", StringComparison.Ordinal));
        Assert.Contains("you", row, StringComparison.Ordinal);
        Assert.Contains("INSTANCE_MIGRATE(cache1.example.com)", row, StringComparison.Ordinal);

        // Once a refresh lists it, the real row takes over, still ours.
        var listed = TestSnapshots.Job(200, JobStatus.Running, "INSTANCE_MIGRATE(cache1.example.com)", 2, 1);
        console.Post(TestSnapshots.Small() with { Jobs = [.. TestSnapshots.Jobs, listed] });
        Assert.Contains(console.Text().Split('\n'), l => l.Contains(" 200 ", StringComparison.Ordinal) && l.Contains("you", StringComparison.Ordinal) && l.Contains("running", StringComparison.Ordinal));
    }
}
