using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

public class ResyncEstimatorTests
{
    private static readonly DrbdDeviceKey Key = new("node1.example.com", 3);

    private static DrbdDevice Syncing(long remaining, long total = 10_000_000, TimeSpan? finish = null, long? speed = null, bool stalled = false,
        DrbdConnectionState cs = DrbdConnectionState.SyncTarget, bool verify = false) =>
        new(3, cs, DrbdRole.Secondary, DrbdRole.Primary, DrbdDiskState.Inconsistent, DrbdDiskState.UpToDate)
        {
            Flags = "r-----",
            Sync = new DrbdSyncProgress(100.0 * (total - remaining) / total, remaining, total)
            {
                Finish = finish,
                SpeedKiBps = speed,
                Stalled = stalled,
                IsVerify = verify,
            },
        };

    private static DateTimeOffset At(double seconds) => Fixture.Time.AddSeconds(seconds);

    [Fact]
    public void Replay_gives_speed_and_eta()
    {
        var estimator = new ResyncEstimator();
        var samples = DrbdCaptureReader.Read(Fixture.Text("replay_node1.txt"), "node1.example.com", Fixture.Time);
        var estimates = samples.Take(4).Select(s => estimator.Add(s).Single(e => e.Key.Minor == 3)).ToList();

        Assert.Null(estimates[0].CurrentSpeedKiBps);
        Assert.Null(estimates[0].Eta);
        Assert.Equal(65536L, estimates[0].DrbdSpeedKiBps);
        Assert.Equal(65536, estimates[3].CurrentSpeedKiBps!.Value, 3);
        Assert.Equal(65536, estimates[3].SmoothedSpeedKiBps!.Value, 3);
        Assert.Equal(18, estimates[3].Eta!.Value.TotalSeconds, 3);
        Assert.Equal(TimeSpan.FromSeconds(18), estimates[3].DrbdFinish);
        Assert.False(estimates[3].Disagrees);
        Assert.False(estimates[3].Stalled);
        Assert.Equal(3, estimates[3].SpeedHistory.Count);

        var done = estimator.Add(samples[4]).Single(e => e.Key.Minor == 3);
        Assert.False(done.Active);
        Assert.Null(estimator.Get(new DrbdDeviceKey("node1.example.com", 3)));
        Assert.False(estimator.Add(samples[4]).Single(e => e.Key.Minor == 0).Active);
    }

    [Fact]
    public void Eta_converges_on_noisy_samples()
    {
        var random = new Random(42);
        var estimator = new ResyncEstimator(new ResyncEstimatorOptions { Window = TimeSpan.FromSeconds(20) });
        const double trueSpeed = 50_000;
        double remaining = 6_000_000;
        var errors = new List<double>();
        for (var t = 0; t < 90; t++)
        {
            // DRBD's own speed jumps around; the remaining bytes tell the truth on average.
            remaining -= trueSpeed * (0.5 + random.NextDouble());
            var estimate = estimator.Add(Key, At(t), Syncing((long)remaining, speed: random.Next(10_000, 90_000)));
            if (estimate.Eta is { } eta)
            {
                errors.Add(Math.Abs(eta.TotalSeconds - remaining / trueSpeed) / (remaining / trueSpeed));
            }
        }
        Assert.True(errors[0] > 0.2 || errors[1] > 0.05, "noise should make the first estimates rough");
        Assert.True(errors.TakeLast(30).Max() < 0.12, $"late ETA error {errors.TakeLast(30).Max():P1}");
    }

    [Fact]
    public void Stall_shows_within_the_configured_time()
    {
        var estimator = new ResyncEstimator(new ResyncEstimatorOptions { StallAfter = TimeSpan.FromSeconds(20) });
        estimator.Add(Key, At(0), Syncing(5_000_000));
        estimator.Add(Key, At(5), Syncing(4_900_000));
        Assert.False(estimator.Add(Key, At(15), Syncing(4_900_000)).Stalled);
        var stalled = estimator.Add(Key, At(25), Syncing(4_900_000));
        Assert.True(stalled.Stalled);
        Assert.False(stalled.DrbdSaysStalled);
        Assert.Equal(TimeSpan.FromSeconds(20), stalled.NoProgressFor);
        Assert.Equal(0, stalled.CurrentSpeedKiBps!.Value, 6);
        Assert.False(estimator.Add(Key, At(30), Syncing(4_800_000)).Stalled);
    }

    [Fact]
    public void Drbd_saying_stalled_is_enough()
    {
        var estimate = new ResyncEstimator().Add(Key, At(0), Syncing(5_000_000, stalled: true));
        Assert.True(estimate.Stalled && estimate.DrbdSaysStalled);
    }

    [Fact]
    public void Paused_is_not_stalled()
    {
        var estimator = new ResyncEstimator(new ResyncEstimatorOptions { StallAfter = TimeSpan.FromSeconds(10) });
        var paused = Syncing(5_000_000, cs: DrbdConnectionState.PausedSyncT) with { Sync = null, Counters = new DrbdCounters(0, 0, 0, 0, 5_000_000) };
        estimator.Add(Key, At(0), paused);
        var later = estimator.Add(Key, At(60), paused);
        Assert.True(later.Active && later.Paused);
        Assert.False(later.Stalled);
        Assert.Equal(5_000_000L, later.RemainingKiB);
    }

    [Fact]
    public void Strong_disagreement_with_drbd()
    {
        var estimator = new ResyncEstimator();
        estimator.Add(Key, At(0), Syncing(5_000_000, finish: TimeSpan.FromSeconds(5)));
        var estimate = estimator.Add(Key, At(10), Syncing(4_990_000, finish: TimeSpan.FromSeconds(5)));
        Assert.Equal(1000, estimate.SmoothedSpeedKiBps!.Value, 6);
        Assert.True(estimate.Disagrees);

        var agreeing = estimator.Add(Key, At(20), Syncing(4_980_000, finish: TimeSpan.FromSeconds(4980)));
        Assert.False(agreeing.Disagrees);
        var closeEnough = estimator.Add(Key, At(30), Syncing(4_970_000, finish: TimeSpan.FromSeconds(4970 * 1.9)));
        Assert.False(closeEnough.Disagrees);
    }

    [Fact]
    public void History_is_bounded()
    {
        var estimator = new ResyncEstimator(new ResyncEstimatorOptions { HistoryCapacity = 5 });
        ResyncEstimate last = ResyncEstimate.Inactive(Key, At(0));
        for (var t = 0; t < 20; t++)
        {
            last = estimator.Add(Key, At(t), Syncing(5_000_000 - (t * 1000L)));
        }
        Assert.Equal(5, last.SpeedHistory.Count);
        Assert.All(last.SpeedHistory, s => Assert.Equal(1000, s, 6));
    }

    [Fact]
    public void Old_or_repeated_samples_change_nothing()
    {
        var estimator = new ResyncEstimator();
        estimator.Add(Key, At(0), Syncing(5_000_000));
        var current = estimator.Add(Key, At(10), Syncing(4_000_000));
        Assert.Same(current, estimator.Add(Key, At(10), Syncing(1)));
        Assert.Same(current, estimator.Add(Key, At(5), Syncing(1)));
        Assert.Same(current, estimator.Get(Key));
    }

    [Fact]
    public void A_new_resync_starts_a_new_track()
    {
        var estimator = new ResyncEstimator();
        estimator.Add(Key, At(0), Syncing(1_000_000));
        estimator.Add(Key, At(10), Syncing(500_000));
        var restarted = estimator.Add(Key, At(20), Syncing(9_000_000));
        Assert.Null(restarted.CurrentSpeedKiBps);
        Assert.Empty(restarted.SpeedHistory);
        var verify = estimator.Add(Key, At(30), Syncing(8_000_000, cs: DrbdConnectionState.VerifyS, verify: true));
        Assert.Null(verify.CurrentSpeedKiBps);
    }

    [Fact]
    public void Finished_resync_has_zero_eta()
    {
        var estimator = new ResyncEstimator();
        estimator.Add(Key, At(0), Syncing(1000));
        Assert.Equal(TimeSpan.Zero, estimator.Add(Key, At(1), Syncing(0)).Eta);
    }

    [Fact]
    public void Vanished_devices_are_forgotten()
    {
        var estimator = new ResyncEstimator();
        var replay = DrbdCaptureReader.Read(Fixture.Text("replay_node1.txt"), "node1.example.com", Fixture.Time);
        estimator.Add(replay[0]);
        Assert.NotNull(estimator.Get(new DrbdDeviceKey("node1.example.com", 3)));
        estimator.Add(ProcDrbdParser.Parse(" 0: cs:Unconfigured\n", "node1.example.com", At(20)));
        Assert.Null(estimator.Get(new DrbdDeviceKey("node1.example.com", 3)));
    }
}
