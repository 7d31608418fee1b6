namespace GntTui.Engine.Live;

/// <summary>What the console may want to notify about.</summary>
public enum DrbdMonitorEventKind
{
    /// <summary>A resync ended with both sides healthy.</summary>
    ResyncFinished,
    /// <summary>A resync stopped moving (DRBD says stalled, or nothing moved for the configured time).</summary>
    StallDetected,
    /// <summary>Both sides of a disk went StandAlone.</summary>
    SplitBrain,
}
