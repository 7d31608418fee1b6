namespace GntTui.Engine.Operations;

/// <summary>The steps of a node maintenance, in the order they run.</summary>
public enum RunbookStepKind
{
    /// <summary>With <see cref="RunbookOptions.PauseWatcher"/>: <c>gnt-cluster watcher pause</c>, unless it already is.</summary>
    PauseWatcher,
    Drain,
    MigratePrimaries,
    /// <summary>Asks first: fail over (with downtime) what could not be live-migrated.</summary>
    FailoverLeftovers,
    /// <summary>Asks when primaries are left that can neither migrate nor fail over (file, plain).</summary>
    CheckEmpty,
    /// <summary>Asks first: a new secondary for each instance mirrored onto the node.</summary>
    EvacuateSecondaries,
    WaitForResync,
    /// <summary>The node can be worked on; confirming it means "the node is back".</summary>
    ReadyForMaintenance,
    Undrain,
    WaitForResyncAfter,
    MoveBack,
    /// <summary>With <see cref="RunbookOptions.PauseWatcher"/>: <c>watcher continue</c>, only when the pause is still ours.</summary>
    ContinueWatcher,
}
