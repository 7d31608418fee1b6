using GntTui.Engine.Config;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;

namespace GntTui.Lab.Tests;

/// <summary>
/// The night the master dies, on real Ganeti: node1's master daemons stopped (daemon-util
/// stop-master, as a dead luxid/wconfd/rapi), the refresh says the master is gone, the Engine
/// checks node2 and fails over there, every node then names node2; the reset fails back to node1.
/// </summary>
[Collection("lab")]
public sealed class LabMasterFailoverTests : ResettingLabTest
{
    private const string DaemonUtil = "/usr/lib/ganeti/daemon-util";

    public LabMasterFailoverTests()
        : base("failover")
    {
    }

    private static async Task<CommandResult> LabExecAsync(params string[] argv)
    {
        var r = await ProcessRunner.RunAsync([LabEnvironment.Get("LAB_EXEC"), .. argv], TimeSpan.FromMinutes(2), CancellationToken.None);
        return r;
    }

    [LabFact]
    public async Task With_the_masters_daemons_stopped_the_engine_fails_over_to_a_candidate_and_every_node_names_it()
    {
        await using var engine = new LabEngine(Dir);
        var last = await engine.SnapshotAsync();
        last = last with { Info = new ClusterInfo(LabEngine.Cluster, "node1.example.com", "3.0.2") };
        var profile = new ClusterProfile { Name = "lab", Ssh = LabEnvironment.SshTarget };
        var stopped = await LabExecAsync("node1.example.com", DaemonUtil, "stop-master");
        Assert.True(stopped.ExitCode == 0, stopped.Stdout + stopped.Stderr);

        // The daemons take a moment to go: a refresh may still be answered right after stop-master.
        GanetiException? gone = null;
        for (var stopBy = DateTime.UtcNow + TimeSpan.FromSeconds(90); gone is null && DateTime.UtcNow < stopBy; await Task.Delay(1000))
        {
            try
            {
                await engine.Client.FetchAsync(CancellationToken.None);
            }
            catch (GanetiException e)
            {
                gone = e;
            }
        }
        Assert.NotNull(gone);
        Assert.True(MasterUnreachable.Says(gone), gone.Kind + ": " + gone.Message);

        var candidate = MasterFailover.Candidates(profile, last).First(c => c.Node == "node2.example.com");
        Assert.Equal("root@node2.example.com", candidate.Ssh);
        var failover = new MasterFailover(ssh => new OpenSshShell(new SshOptions { Target = ssh, ControlDirectory = engine.ControlDirectory }));
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var check = await failover.CheckAsync(candidate, last, cts.Token);
        Assert.Equal("node1.example.com", check.CandidateSays);
        Assert.False(check.NoVoting);
        Assert.False(check.Blocked);
        Assert.Equal(3, check.Answering.Count);
        Assert.Equal("ssh root@node2.example.com gnt-cluster master-failover", check.CommandText);

        var outcome = await failover.RunAsync(check, "lab", "lab-tests@localhost", "lab test: the master's daemons are down", null, engine.Audit, readOnly: false, cts.Token);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal("node2.example.com", outcome.NewMaster);
        foreach (var node in LabEnvironment.Nodes)
        {
            var says = await LabExecAsync(node, "gnt-cluster", "getmaster");
            Assert.Equal("node2.example.com", says.Stdout.Trim());
        }
        var row = Assert.Single(engine.Audit.Recent(), a => a.Verb == "master-failover");
        Assert.Equal("success", row.Status);
        Assert.Equal(check.CommandText, row.Command);
        // The console follows: the cluster name answers as the new master once its IP moved there.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                var data = await engine.Client.FetchAsync(CancellationToken.None);
                Assert.Equal("node2.example.com", data.Nodes.Single(n => n.Role == NodeRole.Master).Name);
                break;
            }
            catch (Exception e) when ((e is GanetiException or RemoteShellException) && DateTime.UtcNow < until)
            {
                await Task.Delay(1000);
            }
        }
    }
}
