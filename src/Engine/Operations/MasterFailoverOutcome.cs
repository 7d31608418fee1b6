namespace GntTui.Engine.Operations;

/// <summary>How a master failover ended: refused before sending, or Ganeti's exit, words and who is master now.</summary>
public sealed record MasterFailoverOutcome(bool Sent, bool Succeeded, string Message)
{
    /// <summary>The master as the candidate says after the failover (<c>gnt-cluster getmaster</c>), when it answered.</summary>
    public string? NewMaster { get; init; }

    public long? AuditId { get; init; }

    public static MasterFailoverOutcome Refused(string why) => new(false, false, why);
}
