using GntTui.Engine.Remote;

namespace GntTui.Engine.Operations;

/// <summary>
/// What was found before offering <c>gnt-cluster master-failover</c> on a candidate: whether it
/// answers, who it says the master is (<c>gnt-cluster getmaster</c>), how many nodes answer (Ganeti
/// votes only with a strict majority; otherwise <c>--no-voting</c>), the findings and the exact argv.
/// </summary>
public sealed record MasterFailoverCheck(
    FailoverCandidate Candidate,
    string? OldMaster,
    string? CandidateSays,
    IReadOnlyList<string> Answering,
    IReadOnlyList<string> Silent,
    bool NoVoting,
    IReadOnlyList<PreflightFinding> Findings,
    IReadOnlyList<string> Argv)
{
    /// <summary>The line as it runs: on the candidate, over ssh.</summary>
    public string CommandText => $"ssh {Candidate.Ssh} {ShellQuote.Join(Argv)}";

    /// <summary>The candidate says it is the master already: nothing to fail over, only to follow.</summary>
    public bool AlreadyMaster => CandidateSays == Candidate.Node;

    public bool Blocked => Findings.Any(f => f.Severity == PreflightSeverity.Blocker);

    /// <summary>Ganeti's own warning for --no-voting (gnt_cluster.MasterFailover), shown before asking for the candidate's name.</summary>
    public string? Warning => NoVoting ? MasterFailover.NoVotingWarning : null;
}
