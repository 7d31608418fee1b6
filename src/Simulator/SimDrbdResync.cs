namespace GntTui.Simulator;

/// <summary>
/// A resync from <see cref="Source"/> to <see cref="Target"/>. Its speed is fixed per second of
/// resync by a keyed hash (a normal rate a bit under "want", slow stretches, short bursts and rare
/// stalls of ~15 s), so progress at any moment is a pure function of time: the same seed gives the
/// same numbers however often /proc/drbd is read.
/// </summary>
public sealed class SimDrbdResync
{
    private const int BlockSeconds = 5;
    private readonly List<long> _cumulative = [0];
    private readonly List<(DateTimeOffset From, DateTimeOffset Until)> _stalls = [];
    private readonly List<(int FromSlot, long Want)> _rates;
    private readonly ulong _key;

    internal SimDrbdResync(SimDrbdEnd source, SimDrbdEnd target, long totalKiB, DateTimeOffset start, ulong key, long wantKiBps)
    {
        Source = source;
        Target = target;
        TotalKiB = Math.Max(4, totalKiB / 4 * 4);
        Start = start;
        _key = key;
        _rates = [(0, wantKiBps)];
    }

    public SimDrbdEnd Source { get; }
    public SimDrbdEnd Target { get; }
    public long TotalKiB { get; }
    public DateTimeOffset Start { get; }
    /// <summary>The configured resync rate ("want:" on the target side).</summary>
    public long WantKiBps => _rates[^1].Want;

    /// <summary>Bumped whenever the completion time moves, so stale completion events are ignored.</summary>
    internal int Version { get; private set; }

    public long SyncedAt(DateTimeOffset t)
    {
        if (t <= Start)
        {
            return 0;
        }
        var seconds = (t - Start).TotalSeconds;
        var slot = (int)Math.Min(seconds, int.MaxValue - 1);
        if (!Extend(slot + 1))
        {
            return TotalKiB;
        }
        var partial = (long)(RateAt(slot) * (seconds - slot));
        return Math.Min(TotalKiB, _cumulative[slot] + partial);
    }

    public long LeftAt(DateTimeOffset t)
    {
        var left = TotalKiB - SyncedAt(t);
        return (left + 3) / 4 * 4;
    }

    public bool IsDoneAt(DateTimeOffset t) => SyncedAt(t) >= TotalKiB;

    /// <summary>When the last block arrives, or null if a stall never ends.</summary>
    public DateTimeOffset? CompletionTime()
    {
        var slot = 0;
        while (true)
        {
            if (!Extend(slot + 1) || _cumulative[slot + 1] >= TotalKiB)
            {
                break;
            }
            slot++;
            if (slot > 50_000_000)
            {
                return null;
            }
        }
        var rate = RateAt(slot);
        var rest = TotalKiB - _cumulative[slot];
        return Start + TimeSpan.FromSeconds(slot + (rate <= 0 ? 1 : Math.Min(1.0, rest / rate)));
    }

    /// <summary>Nothing moves between the two times (a fault: saturated link, dead disk).</summary>
    internal void AddStall(DateTimeOffset from, DateTimeOffset until)
    {
        _stalls.Add((from, until));
        var keep = Math.Max(1, (int)Math.Floor((from - Start).TotalSeconds) + 1);
        if (_cumulative.Count > keep)
        {
            _cumulative.RemoveRange(keep, _cumulative.Count - keep);
        }
        Version++;
    }

    /// <summary>
    /// A new resync rate (gnt-cluster modify -D drbd:resync-rate) from the next whole second on;
    /// what moved before stays as it was, so progress never jumps.
    /// </summary>
    internal void ChangeRate(DateTimeOffset at, long wantKiBps)
    {
        var slot = Math.Max(0, (int)Math.Ceiling((at - Start).TotalSeconds));
        _rates.RemoveAll(r => r.FromSlot >= slot);
        _rates.Add((slot, wantKiBps));
        if (_cumulative.Count > slot + 1)
        {
            _cumulative.RemoveRange(slot + 1, _cumulative.Count - slot - 1);
        }
        Version++;
    }

    /// <summary>What /proc/drbd shows at <paramref name="t"/>, computed the way drbd_proc.c does.</summary>
    public SimResyncReading Read(DateTimeOffset t)
    {
        var synced = SyncedAt(t);
        var left = LeftAt(t);
        var permille = (int)(1000 - (left * 1000 / TotalKiB));
        var lastProgress = LastProgressAt(t);
        // DRBD keeps a mark every ~3 s while data moves and averages "speed" over the mark ~18 s back.
        var stepped = Start + TimeSpan.FromSeconds(Math.Floor((lastProgress - Start).TotalSeconds / 3) * 3);
        var mark = stepped - TimeSpan.FromSeconds(18);
        if (mark < Start)
        {
            mark = Start;
        }
        var windowSeconds = Math.Max(1, (long)(t - mark).TotalSeconds);
        var movedInWindow = synced - SyncedAt(mark);
        var speed = movedInWindow / windowSeconds;
        var stalled = (t - mark).TotalSeconds > 24;
        // drbd: rt = dt * (rs_left / (db/100 + 1)) / 100, in 4 KiB bitmap bits.
        var finish = windowSeconds * (left / 4 / (movedInWindow / 4 / 100 + 1)) / 100;
        var total = Math.Max(1, (long)(t - Start).TotalSeconds);
        return new SimResyncReading(left, permille, finish, speed, synced / total, stalled);
    }

    private DateTimeOffset LastProgressAt(DateTimeOffset t)
    {
        var slot = (int)Math.Max(0, (t - Start).TotalSeconds);
        for (var s = slot; s >= 0 && slot - s < 100_000; s--)
        {
            if (RateAt(s) > 0)
            {
                var end = Start + TimeSpan.FromSeconds(s + 1);
                return end < t ? end : t;
            }
        }
        return Start;
    }

    private bool Extend(int slots)
    {
        while (_cumulative.Count <= slots)
        {
            var last = _cumulative[^1];
            if (last >= TotalKiB)
            {
                return _cumulative.Count > slots;
            }
            _cumulative.Add(Math.Min(TotalKiB, last + (long)RateAt(_cumulative.Count - 1)));
        }
        return true;
    }

    private long WantAt(int slot)
    {
        for (var i = _rates.Count - 1; i > 0; i--)
        {
            if (slot >= _rates[i].FromSlot)
            {
                return _rates[i].Want;
            }
        }
        return _rates[0].Want;
    }

    /// <summary>KiB/s during second <paramref name="slot"/> of the resync.</summary>
    private double RateAt(int slot)
    {
        var at = Start + TimeSpan.FromSeconds(slot);
        foreach (var (from, until) in _stalls)
        {
            if (at >= from && at < until)
            {
                return 0;
            }
        }
        var block = (ulong)(slot / BlockSeconds);
        for (ulong back = 0; back < 3 && back <= block; back++)
        {
            if (SimRandom.Keyed(_key, block - back, 1) < 0.012)
            {
                return 0;
            }
        }
        var regime = SimRandom.Keyed(_key, block, 2);
        var factor = regime < 0.16 ? 0.2 + (0.3 * SimRandom.Keyed(_key, block, 3))
            : regime < 0.24 ? 1.0
            : 0.78 + (0.19 * SimRandom.Keyed(_key, block, 3));
        var jitter = 0.95 + (0.1 * SimRandom.Keyed(_key, (ulong)slot, 4));
        var ramp = slot < 2 ? 0.5 : 1.0;
        return Math.Max(1, WantAt(slot) * factor * jitter * ramp);
    }
}
