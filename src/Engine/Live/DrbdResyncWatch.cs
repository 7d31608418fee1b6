using GntTui.Engine.Drbd;
using GntTui.Engine.Text;

namespace GntTui.Engine.Live;

/// <summary>
/// Compares each snapshot's disks with the previous one's: when resyncs begin and end, and the
/// moments worth a notification (finished, stalled, split brain).
/// </summary>
internal sealed class DrbdResyncWatch
{
    /// <summary>A start worked back by less than this is as good as seen.</summary>
    private static readonly TimeSpan SeenSlack = TimeSpan.FromSeconds(5);

    private readonly Dictionary<(string Instance, int Disk), (DateTimeOffset Started, bool Observed)> _starts = [];
    private Dictionary<(string Instance, int Disk), (DrbdDiskView In, DrbdDiskView Out)> _previous = [];
    private DrbdDiskView[] _out = [];

    /// <param name="changed">
    /// Positions whose view is a new object since the last call, the others being the same objects at
    /// the same places; null: look at every view (a view that is the same object as last time still
    /// yields the same result and no event).
    /// </param>
    public (IReadOnlyList<DrbdDiskView> Views, IReadOnlyList<DrbdMonitorEvent> Events) Observe(IReadOnlyList<DrbdDiskView> views, DateTimeOffset now, IReadOnlyList<int>? changed = null)
    {
        var events = new List<DrbdMonitorEvent>();
        if (changed is not null && views.Count == _out.Length)
        {
            var result = (DrbdDiskView[])_out.Clone();
            foreach (var i in changed)
            {
                result[i] = Watch(views[i], now, events);
                _previous[(views[i].Instance, views[i].DiskIndex)] = (views[i], result[i]);
            }
            _out = result;
            return (result, events);
        }
        var next = new Dictionary<(string, int), (DrbdDiskView, DrbdDiskView)>(views.Count);
        var all = new DrbdDiskView[views.Count];
        for (var i = 0; i < views.Count; i++)
        {
            var v = views[i];
            var key = (v.Instance, v.DiskIndex);
            all[i] = _previous.TryGetValue(key, out var known) && ReferenceEquals(known.In, v) ? known.Out : Watch(v, now, events);
            next[key] = (v, all[i]);
        }
        foreach (var gone in _starts.Keys.Where(k => !next.ContainsKey(k)).ToList())
        {
            _starts.Remove(gone);
        }
        _previous = next;
        _out = all;
        return (all, events);
    }

    /// <summary>One disk against its previous view: its resync start, and the events it brings.</summary>
    private DrbdDiskView Watch(DrbdDiskView v, DateTimeOffset now, List<DrbdMonitorEvent> events)
    {
        var key = (v.Instance, v.DiskIndex);
        var before = _previous.TryGetValue(key, out var known) ? known.Out : null;
        var time = SampleTime(v) ?? now;
        var view = v;
        if (v.IsResyncing)
        {
            if (!_starts.TryGetValue(key, out var start))
            {
                start = StartOf(v, time);
                _starts[key] = start;
            }
            view = v with { ResyncStartedAt = start.Started, ResyncStartObserved = start.Observed };
            if (view.Stalled && !(before?.Stalled ?? false))
            {
                events.Add(new(DrbdMonitorEventKind.StallDetected, v.Instance, v.DiskIndex, time, StallMessage(view)));
            }
        }
        else if (v.Health == DrbdHealth.Healthy && _starts.Remove(key, out var start))
        {
            // A resync broken off by a lost peer keeps its start: the one that completes is the same resync.
            var finished = new DrbdFinishedResync(v.Instance, v.DiskIndex, start.Started, Max(time, start.Started), start.Observed);
            events.Add(new(DrbdMonitorEventKind.ResyncFinished, v.Instance, v.DiskIndex, time, finished.Message) { Finished = finished });
        }
        if (v.Health == DrbdHealth.SplitBrain && before?.Health != DrbdHealth.SplitBrain)
        {
            events.Add(new(DrbdMonitorEventKind.SplitBrain, v.Instance, v.DiskIndex, time,
                $"split brain on {v.Instance} disk/{v.DiskIndex}: {v.Primary?.Node} and {v.Secondary?.Node} are both StandAlone"));
        }
        return view;
    }

    /// <summary>When the resync began: now, or worked back from DRBD's average speed when we came in mid-way.</summary>
    private static (DateTimeOffset Started, bool Observed) StartOf(DrbdDiskView v, DateTimeOffset time)
    {
        var p = v.Disk.Progress;
        if (p is { AverageSpeedKiBps: > 0 and var average, TotalKiB: { } total, RemainingKiB: { } remaining } && total > remaining)
        {
            var ago = TimeSpan.FromSeconds(Math.Min((total - remaining) / (double)average, TimeSpan.FromDays(365).TotalSeconds));
            return (time - ago, ago <= SeenSlack);
        }
        return (time, (v.Percent ?? 0) < 1);
    }

    private static string StallMessage(DrbdDiskView v)
    {
        var at = v.Percent is { } p ? $" at {p:0.0}%" : "";
        var why = v.Estimate is { NoProgressFor: var quiet } && quiet > TimeSpan.Zero && !(v.Estimate?.DrbdSaysStalled ?? false)
            ? $"no progress for {DurationText.Compact(quiet)}"
            : "DRBD reports it stalled";
        return $"resync of {v.Instance} disk/{v.DiskIndex} stalled{at}: {why}";
    }

    private static DateTimeOffset? SampleTime(DrbdDiskView v)
    {
        var times = new[] { v.Primary?.SampledAt, v.Secondary?.SampledAt }.OfType<DateTimeOffset>().ToList();
        return times.Count == 0 ? null : times.Max();
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
