using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Store;

namespace GntTui.Engine.Live;

/// <summary>
/// What the operations of one session need. <see cref="Runner"/> and the stores are null when the
/// state file could not be opened: then nothing is sent (there would be no audit trail).
/// </summary>
public sealed record OperationServices(
    GanetiClient Client,
    string Cluster,
    OperationRunner? Runner,
    AuditLog? Audit,
    RunbookStore? Runbooks,
    Func<ClusterSnapshot> Snapshot,
    Func<CancellationToken, Task> Refresh,
    Func<DrbdSnapshot?> Drbd)
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Rolling maintenances (hroller's groups); null when there is no state file, as for <see cref="Runbooks"/>.</summary>
    public RollStore? Rolls { get; init; }

    /// <summary>How often a runbook looks again while it waits for resyncs.</summary>
    public TimeSpan RunbookPoll { get; init; } = TimeSpan.FromSeconds(5);
}
