namespace GntTui.Engine.Drbd;

/// <summary>
/// DRBD's connection state (<c>cs:</c> in /proc/drbd). Named apart from
/// <see cref="GntTui.Engine.Model.ConnectionState"/>, which is about our SSH link, not DRBD's.
/// </summary>
public enum DrbdConnectionState
{
    /// <summary>Text we did not recognise; the device carries a note with the raw text.</summary>
    Unknown,
    StandAlone,
    Disconnecting,
    Unconnected,
    Timeout,
    BrokenPipe,
    NetworkFailure,
    ProtocolError,
    TearDown,
    WFConnection,
    WFReportParams,
    Connected,
    StartingSyncS,
    StartingSyncT,
    WFBitMapS,
    WFBitMapT,
    WFSyncUUID,
    SyncSource,
    SyncTarget,
    PausedSyncS,
    PausedSyncT,
    VerifyS,
    VerifyT,
    /// <summary>8.3.10+ congestion handling (protocol A): replication temporarily dropped.</summary>
    Ahead,
    /// <summary>The peer of an <see cref="Ahead"/> node.</summary>
    Behind,
    /// <summary>The minor exists in the kernel but has no configuration.</summary>
    Unconfigured,
}
