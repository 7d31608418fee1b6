namespace GntTui.Engine.Drbd;

/// <summary>
/// Turns successive samples of a device into speed, ETA and stall readings. Pure: time comes with
/// each sample, never from a clock, so replays and tests see exactly what the live console sees.
/// </summary>
public sealed class ResyncEstimator
{
    // Beyond this an ETA means "not in any useful time"; also keeps TimeSpan far from overflow.
    private static readonly TimeSpan MaxEta = TimeSpan.FromDays(3650);

    private readonly Dictionary<DrbdDeviceKey, ResyncTrack> _tracks = [];

    public ResyncEstimator(ResyncEstimatorOptions? options = null) => Options = options ?? ResyncEstimatorOptions.Default;

    public ResyncEstimatorOptions Options { get; }

    /// <summary>Feeds every device of a sample; devices that vanished from the node are forgotten.</summary>
    public IReadOnlyList<ResyncEstimate> Add(DrbdSample sample)
    {
        var keys = sample.Devices.Where(d => d.Minor >= 0).Select(d => DrbdDeviceKey.Of(sample.Node, d)).ToHashSet();
        foreach (var gone in _tracks.Keys.Where(k => k.Node == sample.Node && !keys.Contains(k)).ToList())
        {
            _tracks.Remove(gone);
        }
        return sample.Devices.Where(d => d.Minor >= 0).Select(d => Add(DrbdDeviceKey.Of(sample.Node, d), sample.Time, d)).ToList();
    }

    public ResyncEstimate Add(DrbdDeviceKey key, DateTimeOffset time, DrbdDevice device)
    {
        var health = device.Health;
        if (health is not (DrbdHealth.Syncing or DrbdHealth.Stalled or DrbdHealth.PausedSync or DrbdHealth.Verifying))
        {
            _tracks.Remove(key);
            return ResyncEstimate.Inactive(key, time);
        }
        var sync = device.Sync;
        var paused = health == DrbdHealth.PausedSync;
        var remaining = sync?.RemainingKiB ?? device.Counters.OutOfSyncKiB;
        var drbdOnly = new ResyncEstimate(key, time, true)
        {
            Paused = paused,
            RemainingKiB = remaining,
            TotalKiB = sync?.TotalKiB,
            Percent = sync?.Percent,
            DrbdSpeedKiBps = sync?.SpeedKiBps,
            DrbdFinish = sync?.Finish,
            DrbdSaysStalled = sync?.Stalled ?? false,
            Stalled = sync?.Stalled ?? false,
        };
        if (remaining is not { } left)
        {
            return drbdOnly;
        }

        var isVerify = sync?.IsVerify ?? false;
        if (!_tracks.TryGetValue(key, out var track) || track.IsSuperseded(left, sync?.Percent, isVerify))
        {
            track = new ResyncTrack(Options, isVerify);
            _tracks[key] = track;
        }
        if (!track.Add(time, left, sync?.Percent, paused) && track.LastEstimate is { } previous)
        {
            // An old or repeated sample changes nothing.
            return previous;
        }

        var smoothed = track.SmoothedSpeed();
        var eta = smoothed > 0 && left / smoothed.Value < MaxEta.TotalSeconds ? TimeSpan.FromSeconds(left / smoothed.Value) : (TimeSpan?)null;
        var noProgress = time - track.LastProgress;
        var estimate = drbdOnly with
        {
            CurrentSpeedKiBps = track.CurrentSpeed,
            SmoothedSpeedKiBps = smoothed,
            Eta = left == 0 ? TimeSpan.Zero : eta,
            Disagrees = Disagree(eta, sync?.Finish),
            NoProgressFor = noProgress,
            Stalled = drbdOnly.DrbdSaysStalled || (!paused && left > 0 && noProgress >= Options.StallAfter),
            SpeedHistory = track.History,
        };
        track.LastEstimate = estimate;
        return estimate;
    }

    public ResyncEstimate? Get(DrbdDeviceKey key) => _tracks.TryGetValue(key, out var track) ? track.LastEstimate : null;

    public void Forget(DrbdDeviceKey key) => _tracks.Remove(key);

    private bool Disagree(TimeSpan? ours, TimeSpan? drbds)
    {
        if (ours is not { } a || drbds is not { } b)
        {
            return false;
        }
        var (low, high) = a < b ? (a, b) : (b, a);
        return high - low >= Options.DisagreeMinimum
            && high.TotalSeconds >= Options.DisagreeFactor * Math.Max(low.TotalSeconds, 1);
    }
}
