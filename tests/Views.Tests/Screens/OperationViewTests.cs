using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Screens.Verify;

namespace GntTui.Views.Tests.Screens;

/// <summary>Verify findings, the audit trail, groups and runbooks: what the App posts, and what keys do with it.</summary>
public sealed class OperationViewTests
{
    private static VerifyReport Report(params VerifyItem[] items) =>
        new(items, [], TestClock.Start, TimeSpan.FromSeconds(4));

    [Fact]
    public void V_runs_verify_from_anywhere_and_o_on_a_finding_goes_to_its_row()
    {
        var console = new ConsoleDriver();
        console.Press("2 /");
        console.Type("web");
        console.Press("Enter v");
        Assert.Empty(Assert.IsType<ConsoleIntent.Verify>(console.Intents[^1]).IgnoreCodes);
        Assert.Equal(ViewKind.Verify, console.App.ActiveView);
        Assert.Contains("gnt-cluster verify is running", console.Text(), StringComparison.Ordinal);

        console.Post(new VerifyUpdate(Report(
            new VerifyItem(VerifySeverity.Warning, "EINSTANCEFAULTYDISK", VerifyObjectKind.Instance, "db1.example.com", "disk/0 on node3 is degraded"),
            new VerifyItem(VerifySeverity.Error, "ENODESSH", VerifyObjectKind.Node, "node3.example.com", "ssh communication with node 'node4' failed")), false, null));
        Assert.Equal("ENODESSH", console.App.ActiveScreen is VerifyView v ? v.Find(console.Keys()[0])!.Code : null); // errors first
        Assert.Contains("1 error(s), 1 warning(s)", console.Text(), StringComparison.Ordinal);

        console.Press("o");
        Assert.Equal(ViewKind.Nodes, console.App.ActiveView);
        Assert.Equal("node3.example.com", console.App.ActiveScreen.Table.SelectedKey);

        console.Press("5 j o"); // db1 is hidden by the instances filter: the finding wins
        Assert.Equal(ViewKind.Instances, console.App.ActiveView);
        Assert.True(console.App.ActiveScreen.Filter.IsEmpty);
        Assert.Equal("db1.example.com", console.App.ActiveScreen.Table.SelectedKey);
    }

    [Fact]
    public void Enter_on_a_finding_shows_ganetis_whole_message_wrapped_and_stays_on_verify()
    {
        const string message = "node setup error: The procfs filesystem doesn't seem to be mounted under /proc, missing required directory /proc/sys and the file /proc/sysrq-trigger";
        var console = new ConsoleDriver(width: 80, height: 24);
        console.Press("v");
        console.Post(new VerifyUpdate(Report(new VerifyItem(VerifySeverity.Error, "ENODESETUP", VerifyObjectKind.Node, "node1.example.com", message)), false, null));
        Assert.DoesNotContain("/proc/sysrq-trigger", console.Text(), StringComparison.Ordinal); // the row cuts it

        console.Press("Enter");

        Assert.Equal(ViewKind.Verify, console.App.ActiveView);
        var text = console.Text();
        // Every word of Ganeti's message is on screen, over several lines.
        var shown = string.Join(' ', text.Split('\n').Select(l => l.Trim(' ', '│')));
        Assert.All(message.Split(' '), word => Assert.Contains(word, shown, StringComparison.Ordinal));
        Assert.Contains("/proc/sysrq-trigger", text, StringComparison.Ordinal);
    }

    [Fact]
    public void I_demotes_an_error_code_and_verifies_again_with_ignore_errors()
    {
        var console = new ConsoleDriver();
        console.Press("v");
        console.Post(new VerifyUpdate(Report(new VerifyItem(VerifySeverity.Error, "ENODESETUP", VerifyObjectKind.Node, "node1.example.com", "lab noise")), false, null));
        console.Press("i");
        var verify = Assert.IsType<ConsoleIntent.Verify>(console.Intents[^1]);
        Assert.Equal(["ENODESETUP"], verify.IgnoreCodes);
    }

    [Fact]
    public void The_audit_view_asks_for_rows_on_open_and_our_jobs_are_marked_in_the_jobs_view()
    {
        var console = new ConsoleDriver();
        console.Press("6");
        Assert.IsType<ConsoleIntent.LoadAudit>(Assert.Single(console.Intents));
        var sent = TestClock.Start.AddMinutes(-5);
        console.Post(new AuditRows(
        [
            new AuditEntry(2, "prod-a", "alice@console", "cancel", "job 104", "gnt-job cancel 104", "", sent, sent, 104, null, "submitted", null, null),
            new AuditEntry(1, "prod-a", "alice@console", "migrate", "web3.example.com",
                "gnt-instance migrate -f --submit --reason 'x' web3.example.com", "x", sent, sent, 103, null, "submitted", null, null),
        ]));
        Assert.Equal(["2", "1"], console.Keys());
        console.Press("j Enter");
        Assert.Contains(console.App.Detail.Lines, l => l.Key == "command" && l.Value.StartsWith("gnt-instance migrate -f --submit", StringComparison.Ordinal));

        console.Press("4");
        var lines = console.Text().Split('\n');
        Assert.Contains(lines, l => l.Contains(" 103 ", StringComparison.Ordinal) && l.Contains("you", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(" 104 ", StringComparison.Ordinal) && l.Contains("you", StringComparison.Ordinal)); // a cancel names someone else's job
    }

    [Fact]
    public void A_group_pane_follows_its_rows()
    {
        var console = new ConsoleDriver();
        console.Press("2");
        console.App.ActiveScreen.Table.SelectKey("web1.example.com");
        console.Press("Space");
        console.App.ActiveScreen.Table.SelectKey("cache1.example.com");
        console.Press("Space r y");
        var group = Assert.IsType<ConsoleIntent.SubmitGroup>(console.Intents[^1]);
        Assert.All(group.Operations, op => Assert.IsType<InstanceReboot>(op));
        var status = new JobGroupStatus(group.Title,
        [
            new JobGroupRow(0, group.Operations[0], JobRowState.Succeeded) { JobId = 301 },
            new JobGroupRow(1, group.Operations[1], JobRowState.Failed) { JobId = 302, Message = "Instance cache1 is not running" },
        ]);
        console.Post(new GroupUpdate(group.GroupId, status));
        var text = console.Text();
        Assert.Contains("finished: 1 succeeded, 1 failed", text, StringComparison.Ordinal);
        Assert.Contains("failed · job 302 · Instance cache1 is not running", text, StringComparison.Ordinal);
        console.Press("Esc");
        Assert.Equal(ConsoleMode.List, console.App.Mode);
        console.Press(":");
        console.Type("group");
        console.Press("Enter");
        Assert.Equal(ConsoleMode.Group, console.App.Mode);
    }

    [Fact]
    public void M_on_a_node_shows_the_runbook_plan_and_y_starts_it_then_the_pane_answers_its_questions()
    {
        // node2 with nothing that blocks a plan: only running primaries, no jobs.
        var snapshot = TestSnapshots.Small() with
        {
            Jobs = [],
            Instances = [.. TestSnapshots.Instances.Where(i => i.PrimaryNode != "node2.example.com" || i.Status == InstanceStatus.Running)],
        };
        var console = new ConsoleDriver(snapshot);
        console.Press("1");
        console.App.ActiveScreen.Table.SelectKey("node2.example.com");
        console.Press("m");
        Assert.NotNull(console.App.Question);
        Assert.Contains("Plan for node2.example.com", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        Assert.Equal(new ConsoleIntent.StartRunbook("node2.example.com", null, PauseWatcher: true), Assert.Single(console.Intents));

        var plan = NodeMaintenanceRunbook.Plan("node2.example.com", snapshot);
        var asking = plan with
        {
            Id = 7,
            UpdatedAt = TestClock.Start,
            Steps = [.. plan.Steps.Select(s => s.Kind switch
            {
                RunbookStepKind.Drain or RunbookStepKind.MigratePrimaries => s with { State = RunbookStepState.Done, Message = "done" },
                RunbookStepKind.FailoverLeftovers => s with { State = RunbookStepState.NeedsConfirmation, Question = "Fail over web2? (downtime)" },
                _ => s,
            })],
        };
        console.Post(asking);
        Assert.Equal(ConsoleMode.Runbook, console.App.Mode);
        Assert.Contains("Fail over web2? (downtime)", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        Assert.NotNull(console.App.Question);
        console.Press("y");
        Assert.Equal(new ConsoleIntent.AnswerRunbook(7, "failover", RunbookAnswer.Confirm), console.Intents[^1]);
        console.Press("X n");
        Assert.IsType<ConsoleIntent.AnswerRunbook>(console.Intents[^1]); // n answered no: nothing new
        Assert.Equal(2, console.Intents.Count);

        console.Press("Esc 7");
        Assert.Equal(["7"], console.Keys());
        console.Press("Enter");
        Assert.Equal(ConsoleMode.Runbook, console.App.Mode);
    }

    [Fact]
    public void A_master_node_runbook_needs_its_name_typed()
    {
        var console = new ConsoleDriver(TestSnapshots.Small() with { Jobs = [] });
        console.Press("1");
        console.App.ActiveScreen.Table.SelectKey("node1.example.com");
        console.Press("m y");
        Assert.Empty(console.Intents);
        console.Type("ode1.example.com"); // the y went into the field
        console.Press("Enter");
        Assert.Empty(console.Intents);
        console.Press("Ctrl+u");
        console.Type("node1.example.com");
        console.Press("Enter");
        Assert.Equal(new ConsoleIntent.StartRunbook("node1.example.com", "node1.example.com", PauseWatcher: true), Assert.Single(console.Intents));
    }

    [Fact]
    public void An_ended_job_keeps_its_status_and_ganetis_message_when_its_log_is_opened_again()
    {
        var console = new ConsoleDriver();
        var outcome = new Engine.Ganeti.Jobs.JobOutcome(102, JobStatus.Error, "Instance db1 is not running", []);
        console.Post(new JobLogUpdate(102, [], outcome, null));
        console.Press("4");
        console.App.ActiveScreen.Table.SelectKey("102");
        console.Press("Enter");
        Assert.Same(outcome, console.App.JobLog!.Log!.Outcome);
        Assert.Contains("Instance db1 is not running", console.Text(), StringComparison.Ordinal);
    }
}
