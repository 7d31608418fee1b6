using GntTui.Engine.Drbd;

namespace GntTui.Engine.Live;

/// <summary>Tuning for <see cref="DrbdMonitor"/>.</summary>
public sealed record DrbdMonitorOptions
{
    /// <summary>
    /// Snapshots are built at most this often however many nodes report: drbdmon redraws at most
    /// every 200 ms for the same reason, 1,000 nodes at 1 Hz would otherwise mean 1,000 joins a second.
    /// </summary>
    public TimeSpan PublishInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>With no news at all, the monitor looks this often whether repeated captures are due (<see cref="RepeatFoldInterval"/>).</summary>
    public TimeSpan QuietInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A capture that repeats its node's last one changes nothing but the sample time: it builds no
    /// snapshot of its own, and is folded in with the next news or after this long. At 1,000 quiet
    /// nodes sampled every 25 s that is 40 captures a second that would each have meant a snapshot.
    /// </summary>
    public TimeSpan RepeatFoldInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>list-drbd is fetched again after this long even when the instance placement looks the same.</summary>
    public TimeSpan MappingMaxAge { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Nodes per list-drbd round trip. Each is a Python process on the master (~0.3 s, tens of MB)
    /// and the batch is one remote command line (Linux caps one argument at 128 KiB): a thousand
    /// at once would hurt the master and not fit.
    /// </summary>
    public int MappingBatchSize { get; init; } = 16;

    /// <summary>A resyncing device's reading goes to the state file at most this often.</summary>
    public TimeSpan HistoryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Stored readings older than this are not the running resync's: not used for a sparkline.</summary>
    public TimeSpan HistorySeedMaxAge { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Stored readings older than this are deleted when the monitor starts.</summary>
    public TimeSpan HistoryRetention { get; init; } = TimeSpan.FromDays(7);

    public ResyncEstimatorOptions Estimator { get; init; } = ResyncEstimatorOptions.Default;

    public static DrbdMonitorOptions Default { get; } = new();
}
