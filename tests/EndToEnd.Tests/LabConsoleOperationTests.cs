using static GntTui.EndToEnd.Tests.LabConsoleSteps;

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// Each operation key of the built gnt-tui on the real Ganeti lab: the dialog shows the exact
/// command, y sends it, the screen shows the job's true end, Ganeti agrees, and the audit trail has
/// the job id Ganeti shows with Ganeti's status.
/// </summary>
[Collection("lab console")]
public class LabConsoleOperationTests
{
    private const string Inst = "inst4.example.com"; // diskless on node2
    private const string Node = "node2.example.com"; // not the master

    [LabConsoleFact]
    public void Starting_a_stopped_instance_from_the_keys_runs_it_and_ganeti_agrees() => OnResetLab(() =>
    {
        LabConsole.Ssh("gnt-instance", "shutdown", "--timeout=0", Inst);
        Assert.Equal("ADMIN_down", InstanceStatus(Inst));
        InstanceOperation("s", $"Start {Inst}", "gnt-instance startup --submit", "start", "running");
    });

    [LabConsoleFact]
    public void Shutting_down_a_running_instance_from_the_keys_stops_it_and_ganeti_agrees() => OnResetLab(() =>
        InstanceOperation("s", $"Shut down {Inst}", "gnt-instance shutdown --submit", "shutdown", "ADMIN_down"));

    [LabConsoleFact]
    public void Rebooting_an_instance_from_the_keys_ends_running_and_ganeti_agrees() => OnResetLab(() =>
        InstanceOperation("r", $"Reboot {Inst}", "gnt-instance reboot --submit -t soft", "reboot", "running"));

    [LabConsoleFact]
    public void Failing_over_a_sharedfile_instance_from_the_keys_moves_it_and_ganeti_agrees() => OnResetLab(() =>
    {
        var (name, (primary, _)) = LabConsole.Instances().First(i => i.Value.Template == "sharedfile");
        using var tmux = Open();
        Select(tmux, "2", "Instances", name);
        var dialog = OpenDialog(tmux, "f", $"Fail over {name}", "gnt-instance failover -f --submit -n ");
        var target = ChosenTarget().Match(dialog).Groups[1].Value;
        Assert.EndsWith(".example.com", target, StringComparison.Ordinal);
        Assert.NotEqual(primary, target);
        Assert.Contains($"-n {target} --reason ", dialog, StringComparison.Ordinal);

        var (jobId, succeeded, screen) = SendAndWaitForEnd(tmux, "failover", name);
        Assert.True(succeeded, screen);
        WaitForRow(tmux, name, target);
        Assert.Equal(target, LabConsole.Instances()[name].Primary);
        AssertAuditedJob(tmux, "failover", name, jobId, "gnt-instance failover -f --submit -n " + target);
        Quit(tmux);
    });

    [LabConsoleFact]
    public void Failing_over_onto_an_offline_node_past_the_blocker_ends_failed_with_ganetis_message() => OnResetLab(() =>
    {
        const string offline = "node3.example.com";
        var (name, (primary, _)) = LabConsole.Instances().First(i => i.Value.Template == "sharedfile" && i.Value.Primary != offline);
        LabConsole.Ssh("gnt-node", "modify", "-f", "-O", "yes", offline);
        using var tmux = Open();
        Select(tmux, "2", "Instances", name);
        tmux.SendKeys("f");
        tmux.WaitFor($"Fail over {name}", Slow);
        // Offline nodes are offered last; → until it is the target.
        for (var i = 0; i < 3 && !tmux.Capture().Contains($"◀ {offline} (offline)", StringComparison.Ordinal); i++)
        {
            tmux.SendKeys("Right");
            Thread.Sleep(300);
        }
        var dialog = tmux.WaitFor($"◀ {offline} (offline)");
        Assert.Contains($"✖ Can't get data from node {offline}: Node is marked offline", dialog, StringComparison.Ordinal);
        Assert.Contains($"Type {name} to send it despite the blocker(s)", dialog, StringComparison.Ordinal);
        Assert.Contains($"gnt-instance failover -f --submit -n {offline} --reason ", dialog, StringComparison.Ordinal);

        tmux.SendKeys("Tab");
        tmux.SendKeys("Tab"); // past the reason, to the typed name
        tmux.Type(name);
        tmux.WaitUntil(s => s.Split('\n').Any(l => l.Trim(' ', '│') == name), "the typed name");
        tmux.SendKeys("Enter");
        var end = new System.Text.RegularExpressions.Regex($@"job (\d+) \(failover {System.Text.RegularExpressions.Regex.Escape(name)}\) failed: Failure: prerequisites not met");
        var screen = tmux.WaitUntil(end.IsMatch, "the job's failure", Slow);
        var jobId = long.Parse(end.Match(screen).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("error", GanetiJobStatus(jobId));
        Assert.Equal(primary, LabConsole.Instances()[name].Primary);
        WaitForRow(tmux, name, "running", primary);
        var row = AssertAuditedJob(tmux, "failover", name, jobId, $"gnt-instance failover -f --submit -n {offline}");
        Assert.EndsWith($"Can't get data from node {offline}: Node is marked offline", row.Message, StringComparison.Ordinal);
        Quit(tmux);
    });

    [LabConsoleFact]
    public void Draining_a_node_from_the_keys_marks_it_drained_and_ganeti_agrees() => OnResetLab(() =>
    {
        NodeOperation("d", $"Drain {Node}", "gnt-node modify -f --submit --drained yes", "drain", "drained");
        Assert.Equal("Y", NodeFlags(Node).Drained);
    });

    [LabConsoleFact]
    public void Offlining_a_node_from_the_keys_marks_it_offline_and_ganeti_agrees() => OnResetLab(() =>
    {
        NodeOperation("o", $"Offline {Node}", "gnt-node modify -f --submit -O yes", "offline", "offline");
        Assert.Equal("Y", NodeFlags(Node).Offline);
    });

    [LabConsoleFact]
    public void Evacuating_secondaries_of_a_node_without_drbd_shows_nothing_to_do_and_no_job_is_made() => OnResetLab(() =>
    {
        const string command = "gnt-node evacuate -f --submit -s";
        var before = LastGanetiJob();
        using var tmux = Open();
        Select(tmux, "1", "Nodes", Node);
        var dialog = OpenDialog(tmux, "e", $"Evacuate {Node}", command);
        Assert.Contains("node2 is secondary for no instance", dialog, StringComparison.Ordinal); // the pre-flight knows already
        tmux.SendKeys("y");
        // Ganeti's own words (cli.py): no job, exit 0. The notice is cut to its box, so the start of
        // Ganeti's sentence is on screen and the whole of it in the audit row.
        const string ganeti = $"No instances to evacuate on node(s) {Node}, exiting.";
        tmux.WaitFor($"evacuate secondaries {Node}: nothing to do: {ganeti[..30]}", Slow);

        Assert.Equal(before, LastGanetiJob());
        var row = Audit(tmux, "evacuate secondaries", Node);
        Assert.Equal("nothing-to-do", row.Status);
        Assert.Equal(ganeti, row.Message);
        Assert.Null(row.JobId);
        Assert.StartsWith(command, row.Command, StringComparison.Ordinal);
        Quit(tmux);
    });

    private static void InstanceOperation(string key, string title, string command, string verb, string endStatus)
    {
        using var tmux = Open();
        Select(tmux, "2", "Instances", Inst);
        OpenDialog(tmux, key, title, command);
        var (jobId, succeeded, screen) = SendAndWaitForEnd(tmux, verb, Inst);
        Assert.True(succeeded, screen);
        Assert.Equal(endStatus, InstanceStatus(Inst));
        WaitForRow(tmux, Inst, endStatus);
        AssertAuditedJob(tmux, verb, Inst, jobId, command);
        Quit(tmux);
    }

    private static void NodeOperation(string key, string title, string command, string verb, string flag)
    {
        using var tmux = Open();
        Select(tmux, "1", "Nodes", Node);
        OpenDialog(tmux, key, title, command);
        var (jobId, succeeded, screen) = SendAndWaitForEnd(tmux, verb, Node);
        Assert.True(succeeded, screen);
        WaitForRow(tmux, Node, flag);
        AssertAuditedJob(tmux, verb, Node, jobId, command);
        Quit(tmux);
    }
}
