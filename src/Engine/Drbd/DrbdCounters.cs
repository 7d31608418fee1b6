namespace GntTui.Engine.Drbd;

/// <summary>
/// A device's I/O counters (all KiB except the request counts). Null means DRBD did not print it:
/// 8.0 has no <c>oos:</c>, events2 without <c>--statistics</c> has none at all.
/// </summary>
public sealed record DrbdCounters(
    long? SentKiB,
    long? ReceivedKiB,
    long? DiskWriteKiB,
    long? DiskReadKiB,
    long? OutOfSyncKiB)
{
    public static DrbdCounters None { get; } = new(null, null, null, null, null);

    /// <summary><c>lo:</c> requests open to the local disk.</summary>
    public long? LocalPending { get; init; }

    /// <summary><c>pe:</c> (or events2 <c>pending:</c>) requests sent to the peer, not yet answered.</summary>
    public long? Pending { get; init; }

    /// <summary><c>ua:</c> (or events2 <c>unacked:</c>) requests from the peer we have not acknowledged.</summary>
    public long? Unacked { get; init; }

    /// <summary><c>ap:</c> application requests in flight.</summary>
    public long? ApplicationPending { get; init; }

    /// <summary><c>wo:</c> write ordering: b(arrier), f(lush), d(rain) or n(one).</summary>
    public char? WriteOrder { get; init; }
}
