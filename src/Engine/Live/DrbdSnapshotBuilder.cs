using GntTui.Engine.Drbd;

namespace GntTui.Engine.Live;

/// <summary>Pure pieces of a <see cref="DrbdSnapshot"/>: a disk's view from its join and estimates, a node's view from its sample.</summary>
internal static class DrbdSnapshotBuilder
{
    private const int MaxNodeNotes = 20;

    /// <param name="instanceDown">The instance is not meant to run (admin state down or offline).</param>
    public static DrbdDiskView Disk(InstanceDiskSync disk, Func<DrbdDeviceKey, ResyncEstimate?> estimates, DateTimeOffset now, bool instanceDown = false)
    {
        var estimate = PickEstimate(disk, estimates);
        var sampled = new[] { disk.Primary?.SampledAt, disk.Secondary?.SampledAt }.OfType<DateTimeOffset>().ToList();
        disk = disk with { Health = DrbdHealthClassifier.Refine(disk.Health, estimate?.Stalled == true, instanceDown) };
        return new DrbdDiskView(disk, DrbdAdvisor.Advise(disk))
        {
            Estimate = estimate,
            SpeedHistory = estimate?.SpeedHistory ?? [],
            SampleAge = sampled.Count == 0 ? null : now - sampled.Min(),
        };
    }

    /// <summary>The side whose progress the join chose (DrbdJoin prefers the one that prints want:), else any active one.</summary>
    public static ResyncEstimate? PickEstimate(InstanceDiskSync disk, Func<DrbdDeviceKey, ResyncEstimate?> estimates)
    {
        ResyncEstimate? fallback = null;
        foreach (var side in new[] { disk.Secondary, disk.Primary })
        {
            if (side?.Device is not { } device || side.Minor is null)
            {
                continue;
            }
            if (estimates(DrbdDeviceKey.Of(side.Node, device)) is not { Active: true } estimate)
            {
                continue;
            }
            if (disk.Progress is not null && ReferenceEquals(device.Sync, disk.Progress))
            {
                return estimate;
            }
            fallback ??= estimate;
        }
        return fallback;
    }

    public static DrbdNodeView Node(string node, DrbdNodeStatus? stream, DrbdSample? sample, IReadOnlySet<int>? mappedMinors, DateTimeOffset now)
    {
        if (sample is null)
        {
            return new DrbdNodeView(node, stream);
        }
        var configured = sample.Devices.Where(d => d.IsConfigured).ToList();
        return new DrbdNodeView(node, stream)
        {
            LastSampleAt = sample.Time,
            SampleAge = now - sample.Time,
            DrbdRelease = sample.Version?.Release,
            NoDrbd = sample.NoDrbd,
            DeviceCount = configured.Count,
            DegradedCount = configured.Count(d => d.Health is not (DrbdHealth.Healthy or DrbdHealth.Verifying or DrbdHealth.Connecting)),
            UnmappedCount = mappedMinors is null ? 0 : configured.Count(d => !mappedMinors.Contains(d.Minor)),
            Notes = sample.AllNotes().Take(MaxNodeNotes).ToList(),
        };
    }
}
