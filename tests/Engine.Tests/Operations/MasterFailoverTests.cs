using GntTui.Engine.Config;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Operations;

public sealed class MasterFailoverTests : IDisposable
{
    private static readonly IReadOnlyList<string> GetMaster = ["gnt-cluster", "getmaster"];
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-failover-").FullName;
    private readonly Dictionary<string, ScriptedShell> _shells = [];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ClusterSnapshot Last(int nodes = 3) => new(
        "cluster.example.com", new ClusterInfo("cluster.example.com", "node1.example.com", "3.0.2"),
        [.. Enumerable.Range(1, nodes).Select(i => new GanetiNode($"node{i}.example.com", i == 1 ? NodeRole.Master : NodeRole.Candidate, false, false, true,
            Reading<long>.Of(1L), Reading<long>.Of(1L), Reading<long>.Of(1L), Reading<long>.Of(1L), Reading<long>.Of(1L), 0, 0, "default"))],
        [], [], DateTimeOffset.UtcNow, ConnectionState.Stale, "Cannot communicate with the master daemon.") { MasterGone = true };

    private ScriptedShell Node(string ssh, string? master)
    {
        var shell = new ScriptedShell();
        if (master is null)
        {
            shell.On(GetMaster, () => throw new RemoteShellException(RemoteFailure.ConnectionRefused, $"ssh {ssh}: connection refused"));
        }
        else
        {
            shell.On(GetMaster, master + "\n");
        }
        _shells[ssh] = shell;
        return shell;
    }

    private MasterFailover Failover() => new(ssh => _shells.TryGetValue(ssh, out var s) ? s : throw new RemoteShellException(RemoteFailure.HostUnreachable, "no route to " + ssh));

    [Fact]
    public void Candidates_are_the_profiles_own_then_the_last_snapshots_master_candidates_as_the_profiles_user()
    {
        var profile = new ClusterProfile { Name = "lab", Ssh = "root@cluster.example.com", Candidates = ["admin@node3.example.com"] };

        var candidates = MasterFailover.Candidates(profile, Last());

        Assert.Equal([new FailoverCandidate("node3.example.com", "admin@node3.example.com"), new FailoverCandidate("node2.example.com", "root@node2.example.com")], candidates);
    }

    [Fact]
    public async Task With_a_majority_answering_the_failover_votes_and_the_old_master_still_answering_is_a_warning()
    {
        Node("root@node1.example.com", "node1.example.com");
        Node("root@node2.example.com", "node1.example.com");
        Node("root@node3.example.com", "node1.example.com");

        var check = await Failover().CheckAsync(new FailoverCandidate("node2.example.com", "root@node2.example.com"), Last(), CancellationToken.None);

        Assert.False(check.NoVoting);
        Assert.False(check.Blocked);
        Assert.Equal(["gnt-cluster", "master-failover"], check.Argv);
        Assert.Equal("ssh root@node2.example.com gnt-cluster master-failover", check.CommandText);
        Assert.Contains(check.Findings, f => f.Code == "OLD_MASTER_ANSWERS");
        Assert.Null(check.Warning);
    }

    [Fact]
    public async Task Without_a_strict_majority_it_needs_no_voting_with_ganetis_warning_and_the_typed_name()
    {
        Node("root@node1.example.com", null);
        Node("root@node2.example.com", "node1.example.com");
        Node("root@node3.example.com", null);
        Node("root@node4.example.com", "node1.example.com");
        var failover = Failover();

        var check = await failover.CheckAsync(new FailoverCandidate("node2.example.com", "root@node2.example.com"), Last(4), CancellationToken.None);

        Assert.True(check.NoVoting);
        Assert.Equal(["gnt-cluster", "master-failover", "--no-voting", "--yes-do-it"], check.Argv);
        Assert.StartsWith("This will perform the failover even if most other nodes are down", check.Warning, StringComparison.Ordinal);
        using var store = new StateStore(Path.Combine(_dir, "s.db"));
        var audit = new AuditLog(store);
        var refused = await failover.RunAsync(check, "lab", "op@here", "master gone", typed: "node2", audit, readOnly: false, CancellationToken.None);
        Assert.False(refused.Sent);
        Assert.Empty(audit.Recent());
        Assert.DoesNotContain(_shells["root@node2.example.com"].Calls, c => c.Contains("master-failover"));
    }

    [Fact]
    public async Task A_candidate_that_does_not_answer_blocks_and_nothing_is_sent()
    {
        Node("root@node1.example.com", null);
        Node("root@node2.example.com", null);
        Node("root@node3.example.com", "node1.example.com");
        var failover = Failover();

        var check = await failover.CheckAsync(new FailoverCandidate("node2.example.com", "root@node2.example.com"), Last(), CancellationToken.None);
        using var store = new StateStore(Path.Combine(_dir, "s.db"));
        var outcome = await failover.RunAsync(check, "lab", "op@here", "", "node2.example.com", new AuditLog(store), false, CancellationToken.None);

        Assert.True(check.Blocked);
        Assert.Contains("does not answer over ssh", check.Findings.Single(f => f.Code == "CANDIDATE_SILENT").Message, StringComparison.Ordinal);
        Assert.False(outcome.Sent);
    }

    [Fact]
    public async Task Read_only_refuses_before_anything_is_sent()
    {
        Node("root@node1.example.com", null);
        var candidate = Node("root@node2.example.com", "node1.example.com");
        candidate.On(["gnt-cluster", "master-failover"], "");
        Node("root@node3.example.com", "node1.example.com");
        var failover = Failover();
        var check = await failover.CheckAsync(new FailoverCandidate("node2.example.com", "root@node2.example.com"), Last(), CancellationToken.None);
        using var store = new StateStore(Path.Combine(_dir, "s.db"));
        var audit = new AuditLog(store);

        var outcome = await failover.RunAsync(check, "lab", "op@here", "", null, audit, readOnly: true, CancellationToken.None);

        Assert.False(outcome.Sent);
        Assert.StartsWith("read-only", outcome.Message, StringComparison.Ordinal);
        // Nothing reached the candidate but the check's own getmaster, and nothing was audited as begun.
        Assert.All(candidate.Calls, c => Assert.Equal(GetMaster, c));
        Assert.Empty(audit.Recent());
    }

    [Fact]
    public async Task A_sent_failover_is_audited_with_the_exact_command_and_says_who_is_master_after()
    {
        Node("root@node1.example.com", null);
        var candidate = Node("root@node2.example.com", "node1.example.com");
        candidate.On(GetMaster, "node2.example.com\n");
        candidate.On(["gnt-cluster", "master-failover"], "");
        Node("root@node3.example.com", "node1.example.com");
        var failover = Failover();
        var check = await failover.CheckAsync(new FailoverCandidate("node2.example.com", "root@node2.example.com"), Last(), CancellationToken.None);
        using var store = new StateStore(Path.Combine(_dir, "s.db"));
        var audit = new AuditLog(store);

        var outcome = await failover.RunAsync(check, "lab", "op@here", "master gone", null, audit, false, CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal("node2.example.com", outcome.NewMaster);
        var row = Assert.Single(audit.Recent());
        Assert.Equal("lab", row.Cluster);
        Assert.Equal("master-failover", row.Verb);
        Assert.Equal("ssh root@node2.example.com gnt-cluster master-failover", row.Command);
        Assert.Equal("success", row.Status);
    }

    [Fact]
    public void The_master_daemon_being_down_is_the_master_gone()
    {
        // lib/cli.py FormatError for NoMasterError on the master socket (Ganeti 3.0.2).
        var e = GanetiErrorParser.FromResult(new CommandResult(1, "", "Cannot communicate with the master daemon.\nIs the process running and listening for connections?\n", TimeSpan.Zero), "gnt-node list");

        Assert.Equal(GanetiErrorKind.NoMasterDaemon, e.Kind);
        Assert.True(MasterUnreachable.Says(e));
        Assert.False(MasterUnreachable.Says(new RemoteShellException(RemoteFailure.HostKeyVerificationFailed, "host key")));
    }

    [Fact]
    public void A_connect_timeout_to_the_master_daemon_is_the_master_gone()
    {
        // The lab's answer to gnt-node list on node1 after `daemon-util stop-master` there (Ganeti 3.0.2).
        const string Said = "Timeout while talking to the master daemon. Jobs might have been submitted and will continue to run even if the call timed out."
            + " Useful commands in this situation are \"gnt-job list\", \"gnt-job cancel\" and \"gnt-job watch\". Error:\nConnect timed out\n";

        var e = GanetiErrorParser.FromResult(new CommandResult(1, "", Said, TimeSpan.Zero), "gnt-node list");

        Assert.Equal(GanetiErrorKind.NoMasterDaemon, e.Kind);
        Assert.True(MasterUnreachable.Says(e));
    }
}
