using GntTui.Engine.Drbd;
using GntTui.Engine.Store;
using Microsoft.Data.Sqlite;

namespace GntTui.Engine.Live;

/// <summary>
/// The monitor's side of <see cref="DrbdHistory"/>: readings of resyncing devices written at most
/// every <see cref="DrbdMonitorOptions.HistoryInterval"/>, finished resyncs recorded, and after a
/// restart the stored speeds put in front of a running resync's sparkline. Without a store it
/// does nothing, so the monitor works the same in tests and <c>--replay</c>.
/// </summary>
internal sealed class DrbdHistoryRecorder(DrbdHistory? history, string cluster, DrbdMonitorOptions options)
{
    private readonly Dictionary<DrbdDeviceKey, DateTimeOffset> _written = [];
    private readonly Dictionary<DrbdDeviceKey, IReadOnlyList<double>> _seeds = [];

    /// <summary>The last write failure, shown until a write succeeds.</summary>
    public string? Error { get; private set; }

    public void DeleteOld(DateTimeOffset now) => Try(() => history?.DeleteBefore(now - options.HistoryRetention));

    /// <summary>Stored speeds of this same resync (from before a restart) followed by the estimator's, capped.</summary>
    public IReadOnlyList<double> Sparkline(ResyncEstimate estimate)
    {
        if (history is null)
        {
            return estimate.SpeedHistory;
        }
        if (!_seeds.TryGetValue(estimate.Key, out var seed))
        {
            seed = LoadSeed(estimate);
            _seeds[estimate.Key] = seed;
        }
        if (seed.Count == 0)
        {
            return estimate.SpeedHistory;
        }
        var capacity = Math.Max(0, options.Estimator.HistoryCapacity);
        return seed.Concat(estimate.SpeedHistory).TakeLast(capacity).ToList();
    }

    /// <summary>Writes due readings and finished resyncs; forgets devices that no longer resync.</summary>
    public void Record(IReadOnlyList<DrbdDiskView> views, IEnumerable<DrbdFinishedResync> finished)
    {
        if (history is null)
        {
            return;
        }
        var active = new HashSet<DrbdDeviceKey>();
        var due = new List<DrbdHistoryPoint>();
        foreach (var e in views.Select(v => v.Estimate).OfType<ResyncEstimate>().Where(e => e.Active))
        {
            active.Add(e.Key);
            if (_written.TryGetValue(e.Key, out var last) && e.Time - last < options.HistoryInterval)
            {
                continue;
            }
            _written[e.Key] = e.Time;
            due.Add(new DrbdHistoryPoint(e.Key.Node, e.Key.Minor, e.Time, e.Percent, e.SmoothedSpeedKiBps ?? e.CurrentSpeedKiBps, e.RemainingKiB));
        }
        foreach (var gone in _written.Keys.Concat(_seeds.Keys).Where(k => !active.Contains(k)).Distinct().ToList())
        {
            _written.Remove(gone);
            _seeds.Remove(gone);
        }
        Try(() =>
        {
            history.Append(cluster, due);
            foreach (var f in finished)
            {
                history.RecordFinished(cluster, f);
            }
        });
    }

    private List<double> LoadSeed(ResyncEstimate estimate)
    {
        List<DrbdHistoryPoint> stored = [];
        Try(() => stored = [.. history!.Load(cluster, estimate.Key.Node, estimate.Key.Minor)]);
        // Only the resync still running: recent readings, and none with less left than now (a newer resync began since).
        if (stored.Count == 0 || stored[^1].Time < estimate.Time - options.HistorySeedMaxAge
            || (estimate.RemainingKiB is { } left && stored[^1].RemainingKiB < left))
        {
            return [];
        }
        return stored.Where(p => p.Time < estimate.Time).Select(p => p.SpeedKiBps).OfType<double>().ToList();
    }

    private void Try(Action work)
    {
        try
        {
            work();
            Error = null;
        }
        catch (SqliteException e)
        {
            // A full disk or a locked file must not stop the live view; the note says what is lost.
            Error = "could not use the DRBD history in the state file: " + e.Message;
        }
    }
}
