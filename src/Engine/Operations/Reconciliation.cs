using GntTui.Engine.Store;

namespace GntTui.Engine.Operations;

/// <summary>What became of one row left <c>sending</c>: its job found (<see cref="JobId"/>), or not, and why (<see cref="Problem"/>).</summary>
public sealed record Reconciliation(AuditEntry Row, long? JobId, string? Problem)
{
    public bool Found => JobId is not null;
}
