using GntTui.Engine.Config;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations;

/// <summary>
/// The recovery Ganeti documents when the master is gone (gnt-cluster(8) MASTER-FAILOVER,
/// lib/bootstrap.py MasterFailover): on a master candidate, <c>gnt-cluster master-failover</c>,
/// with <c>--no-voting</c> only when the nodes that answer are no strict majority (Ganeti's
/// MajorityHealthy), and then only with its warning shown and the candidate's name typed. Checked
/// first (ssh to every node, <c>gnt-cluster getmaster</c> there), audited, refused in read-only mode.
/// </summary>
public sealed class MasterFailover
{
    /// <summary>Ganeti 3.0's own words (lib/client/gnt_cluster.py), which --yes-do-it skips asking.</summary>
    public const string NoVotingWarning =
        "This will perform the failover even if most other nodes are down, or if this node is outdated. This is dangerous"
        + " as it can lead to a non-consistent cluster. Check the gnt-cluster(8) man page before proceeding. Continue?";

    private static readonly IReadOnlyList<string> GetMaster = ["gnt-cluster", "getmaster"];
    private readonly Func<string, IRemoteShell> _open;

    /// <param name="open">A shell to an ssh destination (user@node), with the profile's options and prefix.</param>
    public MasterFailover(Func<string, IRemoteShell> open) => _open = open;

    public TimeSpan CheckTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Ganeti takes ~12 s in the lab; a loaded cluster more.</summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whom to ask: the profile's <c>candidates</c> first, then the last snapshot's online master
    /// candidates other than the master, reached as the profile's user.
    /// </summary>
    public static IReadOnlyList<FailoverCandidate> Candidates(ClusterProfile profile, ClusterSnapshot last)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(last);
        var user = profile.Ssh is { } ssh && ssh.Contains('@', StringComparison.Ordinal) ? ssh[..(ssh.IndexOf('@', StringComparison.Ordinal) + 1)] : "";
        var listed = profile.Candidates.Select(c => new FailoverCandidate(HostOf(c), c));
        var known = last.Nodes.Where(n => n.MasterCandidate && n.Role != NodeRole.Master && !n.Offline).Select(n => new FailoverCandidate(n.Name, user + n.Name));
        return [.. listed.Concat(known).DistinctBy(c => c.Node)];
    }

    public async Task<MasterFailoverCheck> CheckAsync(FailoverCandidate candidate, ClusterSnapshot last, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(last);
        var user = candidate.Ssh.Contains('@', StringComparison.Ordinal) ? candidate.Ssh[..(candidate.Ssh.IndexOf('@', StringComparison.Ordinal) + 1)] : "";
        var names = last.Nodes.Select(n => n.Name).Append(candidate.Node).Distinct().ToList();
        var answers = await Task.WhenAll(names.Select(n => AskAsync(n == candidate.Node ? candidate.Ssh : user + n, ct))).ConfigureAwait(false);
        var byNode = names.Zip(answers).ToDictionary(p => p.First, p => p.Second);
        var answering = names.Where(n => byNode[n].Master is not null).ToList();
        var silent = names.Where(n => byNode[n].Master is null).ToList();
        var oldMaster = last.Info?.MasterNode ?? last.Nodes.FirstOrDefault(n => n.Role == NodeRole.Master)?.Name;
        var noVoting = answering.Count * 2 <= names.Count;
        var says = byNode[candidate.Node].Master;
        var findings = new List<PreflightFinding>();
        if (says is null)
        {
            findings.Add(PreflightFinding.Blocker("CANDIDATE_SILENT", $"{candidate.Node} does not answer over ssh: {byNode[candidate.Node].Why}"));
        }
        else if (says == candidate.Node)
        {
            findings.Add(PreflightFinding.Info("ALREADY_MASTER", $"{candidate.Node} says it is the master already (gnt-cluster getmaster): nothing to fail over, the console follows it"));
        }
        if (last.FindNode(candidate.Node) is { } node && (!node.MasterCandidate || node.Offline))
        {
            findings.Add(PreflightFinding.Blocker("NOT_CANDIDATE", $"{candidate.Node} is {(node.Offline ? "offline" : "not a master candidate")} in the last snapshot: Ganeti lets only master candidates become master"));
        }
        if (oldMaster is not null && oldMaster != candidate.Node && byNode.TryGetValue(oldMaster, out var old) && old.Master is not null)
        {
            findings.Add(PreflightFinding.Warning("OLD_MASTER_ANSWERS", $"the old master {oldMaster} still answers over ssh (it says the master is {old.Master}): make sure its master daemons are down, or two masters may run"));
        }
        findings.Add(noVoting
            ? PreflightFinding.Warning("NO_VOTING", $"only {answering.Count} of {names.Count} nodes answer ({string.Join(", ", silent)} silent): Ganeti votes only with a strict majority, so this needs --no-voting")
            : PreflightFinding.Info("VOTING", $"{answering.Count} of {names.Count} nodes answer: Ganeti's nodes vote on the master"));
        IReadOnlyList<string> argv = noVoting ? ["gnt-cluster", "master-failover", "--no-voting", "--yes-do-it"] : ["gnt-cluster", "master-failover"];
        return new MasterFailoverCheck(candidate, oldMaster, says, answering, silent, noVoting, findings, argv);
    }

    /// <summary>
    /// Sends the failover the check describes. Refused when read-only, without an audit log, when the
    /// check found a blocker, or (with --no-voting or a blocker) unless <paramref name="typed"/> is the candidate's name.
    /// </summary>
    public async Task<MasterFailoverOutcome> RunAsync(MasterFailoverCheck check, string cluster, string operatorName, string reason, string? typed,
        AuditLog? audit, bool readOnly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (readOnly)
        {
            return MasterFailoverOutcome.Refused("read-only: gnt-cluster master-failover not sent");
        }
        if (audit is null)
        {
            return MasterFailoverOutcome.Refused("no audit log (state file unavailable): gnt-cluster master-failover not sent");
        }
        if (check.AlreadyMaster)
        {
            return MasterFailoverOutcome.Refused($"{check.Candidate.Node} is the master already: nothing sent") with { NewMaster = check.Candidate.Node };
        }
        if ((check.NoVoting || check.Blocked) && typed != check.Candidate.Node)
        {
            return MasterFailoverOutcome.Refused($"type {check.Candidate.Node} to confirm: gnt-cluster master-failover not sent");
        }
        if (check.Findings.FirstOrDefault(f => f.Code == "CANDIDATE_SILENT") is { } silent)
        {
            return MasterFailoverOutcome.Refused(silent.Message);
        }

        var id = audit.Begin(cluster, operatorName, "master-failover", check.Candidate.Node, check.CommandText, reason);
        await using var shell = _open(check.Candidate.Ssh);
        CommandResult result;
        try
        {
            result = await shell.RunAsync(check.Argv, RunTimeout, ct).ConfigureAwait(false);
        }
        catch (RemoteShellException e)
        {
            audit.Complete(id, AuditStatus.SubmitFailed, e.Message);
            return new MasterFailoverOutcome(true, false, e.Message) { AuditId = id };
        }
        var lines = (result.Stdout + "\n" + result.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var message = result.Succeeded ? $"{check.Candidate.Node} is the master now" : lines.LastOrDefault() ?? $"exit {result.ExitCode}";
        audit.Complete(id, result.Succeeded ? "success" : "error", message, lines.TakeLast(20));
        var now = await AskAsync(check.Candidate.Ssh, ct).ConfigureAwait(false);
        return new MasterFailoverOutcome(true, result.Succeeded, result.Succeeded && now.Master is { } m && m != check.Candidate.Node ? $"Ganeti says the master is {m}" : message)
        {
            AuditId = id,
            NewMaster = now.Master,
        };
    }

    private async Task<(string? Master, string? Why)> AskAsync(string ssh, CancellationToken ct)
    {
        try
        {
            await using var shell = _open(ssh);
            var r = await shell.RunAsync(GetMaster, CheckTimeout, ct).ConfigureAwait(false);
            var line = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            return r.Succeeded && line is not null ? (line, null) : (null, Text.UntrustedText.Line(r.Stderr.Trim()) is { Length: > 0 } e ? e : $"exit {r.ExitCode}");
        }
        catch (Exception e) when (e is RemoteShellException or ArgumentException)
        {
            return (null, Text.UntrustedText.Line(e.Message));
        }
    }

    private static string HostOf(string ssh) => ssh.Contains('@', StringComparison.Ordinal) ? ssh[(ssh.IndexOf('@', StringComparison.Ordinal) + 1)..] : ssh;
}
