using GntTui.Engine.Drbd;

namespace GntTui.Views.Screens;

/// <summary>
/// A DRBD message for the console (posted like a snapshot): every instance disk with its estimate.
/// Until the DRBD layer publishes its own snapshot type, the App builds this from the join and the
/// estimator with <see cref="From"/>.
/// </summary>
public sealed record DrbdUpdate(DateTimeOffset TakenAt, IReadOnlyList<DrbdDiskModel> Disks)
{
    /// <summary>What the DRBD layer could not do (list-drbd failed, a node is not sampled).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Pairs each disk with the estimate of the side whose progress the join picked, else any active one.</summary>
    public static DrbdUpdate From(IEnumerable<InstanceDiskSync> disks, Func<DrbdDeviceKey, ResyncEstimate?> estimates, DateTimeOffset takenAt) =>
        new(takenAt, [.. disks.Select(d => new DrbdDiskModel(d, PickEstimate(d, estimates)))]);

    private static ResyncEstimate? PickEstimate(InstanceDiskSync disk, Func<DrbdDeviceKey, ResyncEstimate?> estimates)
    {
        ResyncEstimate? fallback = null;
        foreach (var side in new[] { disk.Secondary, disk.Primary })
        {
            if (side?.Device is not { } device || side.Minor is null
                || estimates(DrbdDeviceKey.Of(side.Node, device)) is not { Active: true } estimate)
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
}
