using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// The smoothed speed is the KiB moved across the window over its length: every second counts the
/// same. Found on the simulator (the ETA accuracy study, bench --eta-accuracy): a least-squares slope of a cumulative
/// count weighs the middle of the window most, so a pause that had ended kept the ETA up to 3x
/// too long for another ~20 s, longer than DRBD's own figure.
/// </summary>
public sealed class ResyncEstimatorWindowTests
{
    private static readonly DrbdDeviceKey Key = new("node1.example.com", 0);

    private static DrbdDevice Syncing(long remaining, long total = 10_000_000) =>
        new(0, DrbdConnectionState.SyncTarget, DrbdRole.Secondary, DrbdRole.Primary, DrbdDiskState.Inconsistent, DrbdDiskState.UpToDate)
        {
            Flags = "r-----",
            Sync = new DrbdSyncProgress(100.0 * (total - remaining) / total, remaining, total),
        };

    [Fact]
    public void A_pause_in_the_middle_of_the_window_counts_for_its_length_only()
    {
        var estimator = new ResyncEstimator(new ResyncEstimatorOptions { Window = TimeSpan.FromSeconds(30) });
        long remaining = 5_000_000;
        ResyncEstimate? last = null;
        // 20 s at 1,000 KiB/s, 15 s without progress, 10 s at 1,000 KiB/s again.
        for (var t = 0; t <= 45; t++)
        {
            if (t is > 0 and <= 20 or > 35)
            {
                remaining -= 1000;
            }
            last = estimator.Add(Key, Fixture.Time.AddSeconds(t), Syncing(remaining));
        }

        // The window (15 s to 45 s) holds 15 s of movement in 30 s: 500 KiB/s on average.
        Assert.Equal(500, last!.SmoothedSpeedKiBps!.Value, 6);
        Assert.Equal(remaining / 500.0, last.Eta!.Value.TotalSeconds, 3);
    }

    [Fact]
    public void A_steady_resync_reads_its_speed_exactly_from_the_second_sample_on()
    {
        var estimator = new ResyncEstimator();
        var first = estimator.Add(Key, Fixture.Time, Syncing(5_000_000));
        var second = estimator.Add(Key, Fixture.Time.AddSeconds(2), Syncing(4_996_000));
        var third = estimator.Add(Key, Fixture.Time.AddSeconds(3), Syncing(4_994_000));
        Assert.Null(first.SmoothedSpeedKiBps);
        Assert.Equal(2000, second.SmoothedSpeedKiBps!.Value, 6);
        Assert.Equal(2000, third.SmoothedSpeedKiBps!.Value, 6);
    }
}
