namespace GntTui.Engine.Drbd;

/// <summary>
/// One DRBD minor as seen from one node at one moment, from /proc/drbd or from events2.
/// Whatever could not be read is left at its default and explained in <see cref="Notes"/>.
/// </summary>
public sealed record DrbdDevice(
    int Minor,
    DrbdConnectionState Connection,
    DrbdRole Role,
    DrbdRole PeerRole,
    DrbdDiskState Disk,
    DrbdDiskState PeerDisk)
{
    /// <summary>The connection state exactly as printed, kept for display when it is Unknown.</summary>
    public string ConnectionText { get; init; } = "";

    /// <summary>Replication protocol letter; null while unconnected (DRBD prints a blank).</summary>
    public char? Protocol { get; init; }

    /// <summary>
    /// The I/O flag run, e.g. <c>r-----</c>: [0] r/s I/O running or suspended, [1] a, [2] p, [3] u
    /// resync paused by dependency, peer or user; later positions vary by version.
    /// </summary>
    public string Flags { get; init; } = "";

    public DrbdCounters Counters { get; init; } = DrbdCounters.None;

    /// <summary>Resync or verify progress; null when DRBD printed none.</summary>
    public DrbdSyncProgress? Sync { get; init; }

    /// <summary>events2 only: the resource name (Ganeti's are <c>resource&lt;minor&gt;</c>).</summary>
    public string? Resource { get; init; }

    /// <summary>events2 only: the volume number inside the resource.</summary>
    public int? Volume { get; init; }

    /// <summary>events2 only: the peer's connection name.</summary>
    public string? PeerName { get; init; }

    /// <summary>What the parser could not read or found odd. Never fatal.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool IsConfigured => Connection != DrbdConnectionState.Unconfigured;

    /// <summary>A resync or verify is moving (paused states excluded).</summary>
    public bool IsSyncing => Connection is DrbdConnectionState.SyncSource or DrbdConnectionState.SyncTarget
        or DrbdConnectionState.VerifyS or DrbdConnectionState.VerifyT;

    /// <summary>
    /// Ganeti's is_in_resync (lib/storage/drbd_info.py CSET_SYNC: from WFReportParams through
    /// PausedSyncT), and online verify, which reports progress the same way.
    /// </summary>
    public bool IsInResync => IsResyncState(Connection);

    /// <inheritdoc cref="IsInResync"/>
    public static bool IsResyncState(DrbdConnectionState state) => state is DrbdConnectionState.WFReportParams or DrbdConnectionState.StartingSyncS
        or DrbdConnectionState.StartingSyncT or DrbdConnectionState.WFBitMapS or DrbdConnectionState.WFBitMapT
        or DrbdConnectionState.WFSyncUUID or DrbdConnectionState.SyncSource or DrbdConnectionState.SyncTarget
        or DrbdConnectionState.PausedSyncS or DrbdConnectionState.PausedSyncT
        or DrbdConnectionState.VerifyS or DrbdConnectionState.VerifyT;

    public bool IsSyncPaused => Connection is DrbdConnectionState.PausedSyncS or DrbdConnectionState.PausedSyncT
        || Flags.Skip(1).Take(3).Any(c => c is 'a' or 'p' or 'u');

    public bool IsIoSuspended => Flags.Length > 0 && Flags[0] == 's';

    public DrbdHealth Health => DrbdHealthClassifier.Classify(this);

    /// <summary>A device for a minor we know only by number (no data at all).</summary>
    public static DrbdDevice Unconfigured(int minor) =>
        new(minor, DrbdConnectionState.Unconfigured, DrbdRole.Unknown, DrbdRole.Unknown, DrbdDiskState.Unknown, DrbdDiskState.Unknown)
        {
            ConnectionText = "Unconfigured",
        };
}
