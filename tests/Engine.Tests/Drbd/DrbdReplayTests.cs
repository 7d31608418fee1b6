using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>The code path of <c>gnt-tui drbd --replay</c> (the App only prints what this returns).</summary>
public sealed class DrbdReplayTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-drbd-replay-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Several_captures_give_the_live_estimators_speed_and_eta()
    {
        var result = DrbdReplay.ReadFile(Fixture.Path("replay_node1.txt"), "node1.example.com");

        Assert.True(result.HasEstimates);
        Assert.Equal(5, result.Frames.Count);
        var timeline = result.Timeline();
        Assert.Equal(4, timeline.Count);
        Assert.All(timeline, r => Assert.Equal(("node1.example.com", 3), (r.Node, r.Minor)));
        var last = timeline[^1].Estimate;
        Assert.Equal(65536, last.SmoothedSpeedKiBps!.Value, 3);
        Assert.Equal(TimeSpan.FromSeconds(18), last.Eta);
        Assert.Equal(TimeSpan.FromSeconds(18), last.DrbdFinish);

        // The same estimator, fed the same samples, says the same: replay shows what live showed.
        var live = new ResyncEstimator();
        var samples = DrbdCaptureReader.ReadFile(Fixture.Path("replay_node1.txt"), "node1.example.com");
        var liveEstimates = samples.Take(4).Select(s => live.Add(s).Single(e => e.Key.Minor == 3)).ToList();
        Assert.Equal(liveEstimates.Select(e => e.Eta), timeline.Select(r => r.Estimate.Eta));

        var latest = Assert.Single(result.Latest());
        Assert.All(latest.Rows, r => Assert.Equal(DrbdHealth.Healthy, r.Health));
    }

    [Fact]
    public void One_plain_dump_lists_its_devices_without_estimates()
    {
        var result = DrbdReplay.ReadFile(Fixture.Path("proc_drbd84_sync.txt"));

        Assert.False(result.HasEstimates);
        var frame = Assert.Single(result.Frames);
        Assert.Equal("replay", frame.Node);
        Assert.Equal([DrbdHealth.StandAlone, DrbdHealth.Unconfigured, DrbdHealth.Syncing], frame.Rows.Select(r => r.Health));
        var syncing = frame.Rows[2];
        Assert.True(syncing.Estimate.Active);
        Assert.Null(syncing.Estimate.Eta);
        Assert.Equal(68.4, syncing.Estimate.Percent!.Value, 3);
    }

    [Fact]
    public void Node_filter_keeps_that_nodes_captures()
    {
        var file = Path.Combine(_dir, "two.txt");
        File.WriteAllText(file,
            "--- 2024-05-14T10:00:00Z node1.example.com\n" + ProcText.Of(ProcText.Connected(0))
            + "--- 2024-05-14T10:00:00Z node2.example.com\n" + ProcText.Of(ProcText.StandAlone(0))
            + "--- 2024-05-14T10:00:10Z node2.example.com\n" + ProcText.Of(ProcText.Connected(0)));

        var all = DrbdReplay.ReadFile(file);
        var node2 = DrbdReplay.ReadFile(file, "node2.example.com");

        Assert.Equal(3, all.Frames.Count);
        Assert.Equal(["node1.example.com", "node2.example.com"], all.Latest().Select(f => f.Node));
        Assert.Equal(2, node2.Frames.Count);
        Assert.Equal(DrbdHealth.Healthy, node2.Latest()[0].Rows[0].Health);
        var e = Assert.Throws<InvalidDataException>(() => DrbdReplay.ReadFile(file, "node9.example.com"));
        Assert.Contains("no capture of node node9.example.com", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_files_are_refused()
    {
        var garbage = Path.Combine(_dir, "garbage.bin");
        File.WriteAllBytes(garbage, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))]);
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, "");

        Assert.Throws<InvalidDataException>(() => DrbdReplay.ReadFile(garbage));
        Assert.Throws<InvalidDataException>(() => DrbdReplay.ReadFile(empty));
        Assert.Throws<FileNotFoundException>(() => DrbdReplay.ReadFile(Path.Combine(_dir, "missing.txt")));
        Assert.ThrowsAny<UnauthorizedAccessException>(() => DrbdReplay.ReadFile(_dir));
    }
}
