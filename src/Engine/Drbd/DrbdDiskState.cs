namespace GntTui.Engine.Drbd;

/// <summary>DRBD's disk state (<c>ds:</c> in /proc/drbd, <c>disk:</c>/<c>peer-disk:</c> in events2).</summary>
public enum DrbdDiskState
{
    /// <summary>Text we did not recognise; the device carries a note with the raw text.</summary>
    Unknown,
    Diskless,
    Attaching,
    /// <summary>An I/O error detached the disk; next comes Diskless.</summary>
    Failed,
    Negotiating,
    Inconsistent,
    Outdated,
    /// <summary>The peer's disk while not connected.</summary>
    DUnknown,
    Consistent,
    UpToDate,
    /// <summary>DRBD 9 only: the disk is being detached.</summary>
    Detaching,
}
