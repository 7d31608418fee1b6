namespace GntTui.Engine.Drbd;

/// <summary>
/// <c>gnt-tui drbd --replay FILE</c> without the printing: captures read by
/// <see cref="DrbdCaptureReader"/>, fed in order through the same <see cref="ResyncEstimator"/>
/// the live monitor uses, so a replay shows what the console would have shown.
/// </summary>
public static class DrbdReplay
{
    /// <summary>
    /// Reads and replays a file. IO errors propagate (<see cref="IOException"/>,
    /// <see cref="UnauthorizedAccessException"/>); a file without any /proc/drbd capture (or
    /// without the asked node) throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static DrbdReplayResult ReadFile(string path, string? node = null, ResyncEstimatorOptions? options = null)
    {
        var samples = DrbdCaptureReader.ReadFile(path, node ?? "replay");
        if (!samples.Any(LooksLikeDrbd))
        {
            throw new InvalidDataException($"{path} holds no /proc/drbd capture");
        }
        var result = Run(samples, node, options);
        if (result.Frames.Count == 0)
        {
            throw new InvalidDataException($"{path} holds no capture of node {node}");
        }
        return result;
    }

    /// <summary>Replays samples in the order given; with <paramref name="node"/>, only that node's.</summary>
    public static DrbdReplayResult Run(IEnumerable<DrbdSample> samples, string? node = null, ResyncEstimatorOptions? options = null)
    {
        var estimator = new ResyncEstimator(options);
        var frames = new List<DrbdReplayFrame>();
        foreach (var sample in samples.Where(s => node is null || string.Equals(s.Node, node, StringComparison.OrdinalIgnoreCase)))
        {
            var estimates = estimator.Add(sample).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Last());
            var rows = sample.Devices
                .Select(d => (Device: d, Key: DrbdDeviceKey.Of(sample.Node, d)))
                .Select(x => new DrbdReplayRow(sample.Node, x.Device, estimates.GetValueOrDefault(x.Key) ?? ResyncEstimate.Inactive(x.Key, sample.Time)))
                .ToList();
            frames.Add(new DrbdReplayFrame(sample, rows));
        }
        return new DrbdReplayResult(frames);
    }

    /// <summary>A capture that holds a version line or at least one device; anything else is not /proc/drbd.</summary>
    public static bool LooksLikeDrbd(DrbdSample sample) => sample.Version is not null || sample.Devices.Count > 0;
}
