using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;

namespace GntTui.App;

/// <summary>
/// What the operations need from one console run. <see cref="Runner"/> and the stores are null when
/// the state file could not be opened: then nothing is sent (there would be no audit trail).
/// </summary>
internal sealed record OperationServices(
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

    /// <summary>Bell and desktop notification when a watched job, group or runbook needs the operator; null when the config turns them off.</summary>
    public Action<JobNotification>? Notify { get; init; }

    /// <summary>How often a runbook looks again while it waits for resyncs.</summary>
    public TimeSpan RunbookPoll { get; init; } = TimeSpan.FromSeconds(5);
}
