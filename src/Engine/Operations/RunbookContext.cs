using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations;

/// <summary>
/// What a runbook works with: the runner every job goes through (audit, read-only), the client for
/// fresh lists, the audit log (to sort out a crash mid-send), the checkpoint store, and the DRBD view.
/// </summary>
public sealed record RunbookContext(OperationRunner Runner, GanetiClient Client, AuditLog Audit, RunbookStore Store, string Cluster)
{
    /// <summary>The latest DRBD snapshot (from the DRBD monitor); null when there is none.</summary>
    public Func<DrbdSnapshot?> Drbd { get; init; } = () => null;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How often <see cref="NodeMaintenanceRunbook.RunAsync"/> looks again while it waits for resyncs.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Who is named in each job's <c>--reason</c>.</summary>
    public string Operator { get; init; } = AuditLog.LocalOperator();
}
