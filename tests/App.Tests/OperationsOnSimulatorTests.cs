using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Simulator;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;

namespace GntTui.App.Tests;

/// <summary>Keys pressed in the console, intents handled by the App, jobs run by the simulator: the whole way round.</summary>
public sealed class OperationsOnSimulatorTests
{
    private static async Task<SimConsole> StartAsync(bool readOnly = false)
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var console = new SimConsole(DemoClusterFactory.Create(DemoSize.Small, 42, clock), clock, readOnly);
        await console.StartAsync();
        return console;
    }

    /// <summary>A running DRBD instance the pre-flight lets migrate without an override.</summary>
    private static GanetiInstance Migratable(SimConsole console) =>
        console.Monitor.Current.Instances.First(i => i is { IsDrbd: true, Status: InstanceStatus.Running }
            && !Preflight.Check(new InstanceMigrate(i.Name), console.Monitor.Current).HasBlockers);

    private static void Select(SimConsole console, string view, string key)
    {
        console.Press(view);
        console.App.ActiveScreen.Refresh();
        Assert.True(console.App.ActiveScreen.Table.SelectKey(key), $"no row {key}");
    }

    [Fact]
    public async Task M_then_y_migrates_the_instance_to_its_secondary_and_the_job_ends_in_success()
    {
        await using var console = await StartAsync();
        var instance = Migratable(console);
        var secondary = instance.SecondaryNodes[0];
        Select(console, "2", instance.Name);

        console.Press("m");
        Assert.Contains($"gnt-instance migrate -f --submit --reason 'gnt-tui: migrate {instance.Name.Split('.')[0]} off", console.Text(), StringComparison.Ordinal);
        console.Press("y");
        var submit = Assert.IsType<ConsoleIntent.Submit>(console.Intents[^1]);
        Assert.Equal(new InstanceMigrate(instance.Name, submit.Report.Operation.Reason), submit.Report.Operation);

        // The job id shows at once, on the row and in the jobs list, marked ours.
        await console.UntilAsync(() => console.Messages.OfType<JobSubmitted>().Any(), "accepted job");
        var jobId = console.Messages.OfType<JobSubmitted>().Single().JobId;
        Assert.Contains($"#{jobId} migrate", console.Text(), StringComparison.Ordinal);

        await console.UntilAsync(() => console.Audit.Recent(1)[0] is { Status: "success" }, "successful end");
        var row = console.Audit.Recent(1)[0];
        Assert.Equal((jobId, "migrate", instance.Name), (row.JobId!.Value, row.Verb, row.Target));
        // The dialog's command, with the tag the runner adds to the reason so a crash cannot lose the job.
        Assert.NotNull(ReasonMarker.Find(row.Command));
        Assert.Equal(OperationRunnerCommand(submit.Report.Operation), ReasonMarker.Untagged(row.Command));
        // The audit row is completed just before the end is published: wait for that too.
        await console.UntilAsync(() => console.Messages.OfType<JobLogUpdate>().Any(u => u.JobId == jobId && u.Outcome is not null), "the job's end published");
        Assert.Contains(console.Messages.OfType<JobLogUpdate>(), u => u.JobId == jobId && u.Outcome?.Status == JobStatus.Success);

        await console.UntilAsync(() => console.Monitor.Current.FindInstance(instance.Name)?.PrimaryNode == secondary, "new primary in a refresh");
        console.Press("Enter");
        Assert.Contains(console.App.Detail.Lines, l => l.Key == "primary node" && l.Value == secondary);
        Assert.Equal(secondary, console.Cluster.FindInstance(instance.Name)!.PrimaryNode.Name);

        console.Press("Esc 4");
        var jobLine = console.Text().Split('\n').First(l => l.Contains($" {jobId} ", StringComparison.Ordinal));
        Assert.Contains("you", jobLine, StringComparison.Ordinal);
        Assert.Contains("success", jobLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marked_rows_run_as_a_group_one_job_each()
    {
        await using var console = await StartAsync();
        var snapshot = console.Monitor.Current;
        var two = snapshot.Instances.Where(i => i is { IsDrbd: true, Status: InstanceStatus.Running }
            && !Preflight.Check(new InstanceMigrate(i.Name), snapshot).HasBlockers).Take(2).ToList();
        Assert.Equal(2, two.Count);
        Select(console, "2", two[0].Name);
        console.Press("Space");
        console.App.ActiveScreen.Table.SelectKey(two[1].Name);
        console.Press("Space m y");
        var group = Assert.IsType<ConsoleIntent.SubmitGroup>(console.Intents[^1]);
        Assert.Equal(two.Select(i => i.Name).Order(StringComparer.Ordinal), group.Operations.Select(o => o.TargetName));

        await console.UntilAsync(() => console.App.Groups[group.GroupId].IsFinished, "finished group");
        Assert.All(console.App.Groups[group.GroupId].Rows, r => Assert.Equal(JobRowState.Succeeded, r.State));
        await console.UntilAsync(() => console.Text().Contains("2 succeeded", StringComparison.Ordinal), "the group's summary");
        Assert.Equal(2, console.Messages.OfType<JobSubmitted>().Select(j => j.JobId).Distinct().Count());

        // Its end is rung through the loop (bell and desktop notification), once for the group.
        await console.UntilAsync(() => console.Rung.Any(r => r.Contains($"gnt-tui: {group.Title} finished", StringComparison.Ordinal)), "the group's notification");
    }

    [Fact]
    public async Task Read_only_mode_offers_no_key_and_the_engine_refuses_an_intent_anyway()
    {
        await using var console = await StartAsync(readOnly: true);
        var instance = Migratable(console);
        Select(console, "2", instance.Name);
        console.Press("m");
        Assert.Null(console.App.OperationDialog);

        // An intent that got here some other way is still refused, and audited as such.
        console.Send(new ConsoleIntent.Submit(Preflight.Check(new InstanceMigrate(instance.Name), console.Monitor.Current), null));
        await console.UntilAsync(() => console.Audit.Recent(1) is [{ Status: AuditStatus.Refused }], "refused audit row");
        // The row is written before the refusal is said: wait for the saying too, not for a lucky schedule.
        await console.UntilAsync(() => console.Messages.OfType<Notice>().Any(), "the refusal said");
        Assert.Contains(console.Messages.OfType<Notice>(), n => n.Text.Contains("read-only", StringComparison.Ordinal));
        Assert.Equal(instance.PrimaryNode, console.Cluster.FindInstance(instance.Name)!.PrimaryNode.Name);
    }

    [Fact]
    public async Task Cluster_verify_findings_come_back_as_a_list()
    {
        await using var console = await StartAsync();
        var node = console.Monitor.Current.Nodes[^1].Name;
        Assert.Equal(0, console.Cluster.Execute("master", new NodeSetOffline(node, true).BuildArgv()).ExitCode);
        console.Press("v");
        await console.UntilAsync(() => console.App.ActiveScreen.TotalCount > 0, "verify findings");
        Assert.Equal(ViewKind.Verify, console.App.ActiveView);
        Assert.Contains("error(s)", console.Text(), StringComparison.Ordinal);
    }

    private static string OperationRunnerCommand(GanetiOperation op) => Engine.Operations.OperationRunner.CommandLine(op);
}
