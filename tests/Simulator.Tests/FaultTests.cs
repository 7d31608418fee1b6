using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Remote;
using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>Injected faults reach the Engine the way a real transport's would.</summary>
public class FaultTests
{
    [Fact]
    public async Task A_hanging_command_times_out_on_the_clusters_clock()
    {
        var (c, clock) = TestClusters.Lab();
        c.Faults.Hang("gnt-node list");
        var run = c.OpenShell().RunAsync(GanetiQueries.NodeList(), TimeSpan.FromSeconds(30), default);
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(run.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));
        var e = await Assert.ThrowsAsync<RemoteShellException>(() => run);
        Assert.Equal(RemoteFailure.Timeout, e.Failure);
        // The fault fired once; the next call answers.
        Assert.Equal(0, (await c.OpenShell().RunAsync(GanetiQueries.NodeList(), TimeSpan.FromSeconds(30), default)).ExitCode);
    }

    [Fact]
    public async Task A_hanging_command_gives_up_when_cancelled()
    {
        var (c, _) = TestClusters.Lab();
        c.Faults.Hang();
        using var cts = new CancellationTokenSource();
        var run = c.OpenShell().RunAsync(GanetiQueries.JobList(), TimeSpan.FromMinutes(5), cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task A_command_that_runs_past_its_timeout_is_a_timeout()
    {
        var (c, clock) = TestClusters.Lab();
        var run = c.OpenShell().RunAsync(["sh", "-c", "sleep 10; echo late"], TimeSpan.FromSeconds(5), default);
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(RemoteFailure.Timeout, (await Assert.ThrowsAsync<RemoteShellException>(() => run)).Failure);
    }

    [Fact]
    public async Task A_dropped_connection_breaks_a_command_and_a_stream_midway()
    {
        var (c, clock) = TestClusters.Lab();
        c.Faults.DropConnection("gnt-instance list");
        var e = await Assert.ThrowsAsync<RemoteShellException>(() => new GanetiClient(c.OpenShell()).FetchAsync(default));
        Assert.Equal(RemoteFailure.ConnectionDropped, e.Failure);
        c.Faults.DropConnection("sh -c", host: "node1.example.com", afterLines: 5);
        var lines = new List<string>();
        var stream = c.OpenShell("node1.example.com").StreamAsync(GntTui.Engine.Drbd.DrbdQueries.SampleStream(TimeSpan.FromSeconds(1)), l =>
        {
            lines.Add(l);
            return ValueTask.CompletedTask;
        }, default);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(RemoteFailure.ConnectionDropped, (await Assert.ThrowsAsync<RemoteShellException>(() => stream)).Failure);
        Assert.Equal(5, lines.Count);
    }

    [Fact]
    public async Task Garbage_is_reported_as_unparseable_not_as_an_empty_cluster()
    {
        var (c, _) = TestClusters.Lab();
        c.Faults.Garbage("gnt-node list", times: -1);
        var r = await c.OpenShell().RunAsync(GanetiQueries.NodeList(), TimeSpan.FromSeconds(5), default);
        Assert.Equal(0, r.ExitCode);
        Assert.NotEmpty(r.Stdout);
        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(c.OpenShell()).ListNodesAsync(default));
        Assert.Equal(GanetiErrorKind.Unparseable, e.Kind);
    }

    [Fact]
    public async Task Unreachable_hosts_and_down_nodes_refuse_ssh()
    {
        var (c, clock) = TestClusters.Lab();
        var rule = c.Faults.Unreachable("master");
        Assert.Equal(RemoteFailure.HostUnreachable,
            (await Assert.ThrowsAsync<RemoteShellException>(() => c.OpenShell().RunAsync(GanetiQueries.NodeList(), TimeSpan.FromSeconds(5), default))).Failure);
        c.Faults.Remove(rule);
        c.WaitForJob(clock, c.Submit(new NodeSetOffline("node3.example.com", true).BuildArgv()));
        var e = await Assert.ThrowsAsync<RemoteShellException>(() => c.OpenShell("node3.example.com").RunAsync(["cat", "/proc/drbd"], TimeSpan.FromSeconds(5), default));
        Assert.Equal("ssh: connect to host node3.example.com port 22: No route to host", e.Message);
        Assert.Equal(RemoteFailure.HostUnreachable,
            (await Assert.ThrowsAsync<RemoteShellException>(() => c.OpenShell("nosuch.example.com").RunAsync(["true"], TimeSpan.FromSeconds(5), default))).Failure);
    }

    [Fact]
    public async Task Latency_delays_answers_on_the_clock()
    {
        var (c, clock) = TestClusters.Lab();
        var shell = c.OpenShell("master", new SimulatedShellOptions { CommandLatency = TimeSpan.FromMilliseconds(300) });
        var run = shell.RunAsync(GanetiQueries.JobList(), TimeSpan.FromSeconds(5), default);
        Assert.False(run.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(300));
        var r = await run;
        Assert.Equal(TimeSpan.FromMilliseconds(300), r.Duration);
    }

    [Fact]
    public void A_migration_the_hypervisor_aborts_fails_with_Ganetis_lines()
    {
        var (c, clock) = TestClusters.Lab();
        c.Faults.FailNextMigration("big.example.com");
        var job = c.WaitForJob(clock, c.Submit(new InstanceMigrate("big.example.com").BuildArgv()));
        Assert.Equal("Could not migrate instance big.example.com: hypervisor returned failure", job.Error!.Message);
        Assert.Equal("Migration failed, aborting", job.Log[^1].Message);
        Assert.Equal("big.example.com|running|node1.example.com", c.Run("gnt-instance", "list", "--no-headers", "--separator=|", "-o", "name,status,pnode", "big").Stdout.TrimEnd());
        var cleanup = c.WaitForJob(clock, c.Submit(new InstanceMigrate("big.example.com", "", cleanup: true).BuildArgv()));
        Assert.Equal(JobStatus.Success, cleanup.Status);
        Assert.Contains("* instance confirmed to be running on its primary node (node1.example.com)", cleanup.Log.Select(e => e.Message));
    }

    [Fact]
    public void Unknown_commands_options_and_subcommands_fail_loudly()
    {
        var (c, _) = TestClusters.Lab();
        var notFound = c.Run("gnt-frobnicate", "list");
        Assert.Equal((127, "", "bash: line 1: gnt-frobnicate: command not found\n"), (notFound.ExitCode, notFound.Stdout, notFound.Stderr));
        var badOption = c.Run("gnt-instance", "migrate", "--bogus", "big.example.com");
        Assert.Equal(2, badOption.ExitCode);
        Assert.Equal("Usage: gnt-instance migrate [-f] <instance>\n\ngnt-instance: error: no such option: --bogus\n", badOption.Stderr);
        var badCommand = c.Run("gnt-instance", "frobnicate");
        Assert.Equal(1, badCommand.ExitCode);
        Assert.StartsWith("Usage: gnt-instance {command} [options...] [argument...]\n", badCommand.Stdout, StringComparison.Ordinal);
        var notSimulated = c.Run("gnt-instance", "add", "-t", "drbd", "new.example.com");
        Assert.Equal(1, notSimulated.ExitCode);
        Assert.StartsWith("Failure: command execution error:\n", notSimulated.Stderr, StringComparison.Ordinal);
        var missing = c.Run("gnt-instance", "migrate", "-f");
        Assert.Equal((1, "Error: Command migrate expects 1 argument(s)\n"), (missing.ExitCode, missing.Stderr));
        var afterArgs = c.Run("gnt-instance", "migrate", "big.example.com", "-f");
        Assert.Equal(1, afterArgs.ExitCode);
        var badBool = c.Run("gnt-node", "modify", "-f", "--submit", "-O", "maybe", "node2.example.com");
        Assert.Equal(2, badBool.ExitCode);
        Assert.EndsWith("gnt-node: error: option -O: invalid boolean value: 'maybe'\n", badBool.Stderr, StringComparison.Ordinal);
        Assert.Empty(c.Jobs);
    }
}
