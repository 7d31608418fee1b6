namespace GntTui.Engine.Operations;

/// <summary>Stable codes of pre-flight findings, for tests, filters and the audit trail.</summary>
public static class PreflightCodes
{
    public const string UnknownInstance = "UNKNOWN_INSTANCE";
    public const string UnknownNode = "UNKNOWN_NODE";
    /// <summary>The disk template cannot move (file, plain): Ganeti's own wording.</summary>
    public const string TemplateCannotMove = "TEMPLATE_CANNOT_MOVE";
    public const string NotRunning = "NOT_RUNNING";
    public const string PrimaryOffline = "PRIMARY_OFFLINE";
    public const string SameNode = "SAME_NODE";
    public const string TargetOffline = "TARGET_OFFLINE";
    public const string TargetDrained = "TARGET_DRAINED";
    public const string TargetMemory = "TARGET_MEMORY";
    public const string MemoryUnknown = "MEMORY_UNKNOWN";
    public const string NoTarget = "NO_TARGET";
    public const string IAllocatorChooses = "IALLOCATOR_CHOOSES";
    public const string DrbdInSync = "DRBD_IN_SYNC";
    public const string DrbdSyncing = "DRBD_SYNCING";
    public const string DrbdNotInSync = "DRBD_NOT_IN_SYNC";
    public const string DrbdUnknown = "DRBD_UNKNOWN";
    public const string JobHoldsObject = "JOB_HOLDS_OBJECT";
    public const string JobOnTarget = "JOB_ON_TARGET";
    public const string NPlusOneLost = "N_PLUS_ONE_LOST";
    public const string NPlusOneAlreadyLost = "N_PLUS_ONE_ALREADY_LOST";
    /// <summary><c>failover --ignore-consistency</c> while the primary is not marked offline.</summary>
    public const string IgnoreConsistencyPrimaryOnline = "IGNORE_CONSISTENCY_PRIMARY_ONLINE";
    public const string IgnoreConsistencyDataLoss = "IGNORE_CONSISTENCY_DATA_LOSS";
    public const string NodeIsMaster = "NODE_IS_MASTER";
    public const string NodeOffline = "NODE_OFFLINE";
    public const string NothingToMove = "NOTHING_TO_MOVE";
    public const string JobNotCancelable = "JOB_NOT_CANCELABLE";
}
