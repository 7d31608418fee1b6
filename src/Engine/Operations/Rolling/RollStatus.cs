namespace GntTui.Engine.Operations.Rolling;

public enum RollStatus
{
    /// <summary>A group's runbooks are at work (they may stop for the operator: that is their own question).</summary>
    Running,
    /// <summary>Held where it is (a failure, a blocker, the operator's pause, a restart): continue goes on from this group.</summary>
    Stopped,
    Finished,
    /// <summary>Abandoned by the operator.</summary>
    Aborted,
}
