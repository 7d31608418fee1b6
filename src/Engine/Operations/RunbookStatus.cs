namespace GntTui.Engine.Operations;

public enum RunbookStatus
{
    /// <summary>Has work it can do now.</summary>
    Running,
    /// <summary>Stopped at a question or a failed step: Confirm, Skip, Retry or Abort.</summary>
    NeedsAnswer,
    /// <summary>Waiting for the cluster (resyncs).</summary>
    Waiting,
    Finished,
    Aborted,
}
