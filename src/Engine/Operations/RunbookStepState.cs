namespace GntTui.Engine.Operations;

public enum RunbookStepState
{
    Pending,
    /// <summary>Waiting for the operator's Confirm (or Skip).</summary>
    NeedsConfirmation,
    /// <summary>Its jobs are being sent or followed.</summary>
    Running,
    /// <summary>Waiting for the cluster (DRBD resyncs); looked at again on each advance.</summary>
    Waiting,
    Done,
    Skipped,
    /// <summary>Stopped: the operator retries, skips or aborts.</summary>
    Failed,
}
