using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

public class DrbdCaptureReaderTests
{
    [Fact]
    public void Several_timestamped_captures()
    {
        var samples = DrbdCaptureReader.ReadFile(Fixture.Path("replay_node1.txt"), "node1.example.com");
        Assert.Equal(5, samples.Count);
        Assert.Equal([0, 10, 20, 30, 50], samples.Select(s => (s.Time - samples[0].Time).TotalSeconds));
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 10, 0, 0, TimeSpan.Zero), samples[0].Time);
        Assert.All(samples, s => Assert.Empty(s.AllNotes()));
        Assert.Equal(40.6, samples[1].Find(3)!.Sync!.Percent, 3);
        Assert.Equal(DrbdHealth.Healthy, samples[4].Find(3)!.Health);
    }

    [Fact]
    public void A_plain_dump_is_one_capture_at_the_fallback_time()
    {
        var sample = Assert.Single(DrbdCaptureReader.Read(Fixture.Text("proc_drbd84.txt"), "node1.example.com", Fixture.Time));
        Assert.Equal((Fixture.Time, "node1.example.com", 6), (sample.Time, sample.Node, sample.Devices.Count));
    }

    [Fact]
    public void Marker_may_name_the_node()
    {
        var text = "--- 2024-05-14T10:00:00Z node2.example.com\n 0: cs:Unconfigured\n--- 2024-05-14T10:00:01+02:00\n 0: cs:Unconfigured\n";
        var samples = DrbdCaptureReader.Read(text, "default", Fixture.Time);
        Assert.Equal(["node2.example.com", "default"], samples.Select(s => s.Node));
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 8, 0, 1, TimeSpan.Zero), samples[1].Time.ToUniversalTime());
    }

    [Fact]
    public void Bad_timestamp_follows_the_previous_capture()
    {
        var text = "--- 2024-05-14T10:00:00Z\n 0: cs:Unconfigured\n--- yesterday\n 0: cs:Unconfigured\n---\n 0: cs:Unconfigured\n";
        var samples = DrbdCaptureReader.Read(text, "n", Fixture.Time.AddDays(-9));
        Assert.Equal(3, samples.Count);
        Assert.Equal(samples[0].Time.AddSeconds(1), samples[1].Time);
        Assert.Contains(samples[1].Notes, n => n.Contains("yesterday", StringComparison.Ordinal));
        Assert.Equal(samples[1].Time.AddSeconds(1), samples[2].Time);
        Assert.Contains(samples[2].Notes, n => n.Contains("without a timestamp", StringComparison.Ordinal));
    }

    [Fact]
    public void Blank_text_before_the_first_marker_is_no_capture()
    {
        var samples = DrbdCaptureReader.Read("\n\n--- 2024-05-14T10:00:00Z\n 0: cs:Unconfigured\n", "n", Fixture.Time);
        Assert.Single(samples);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\n \n")]
    public void Nothing_reads_as_no_samples(string? text) => Assert.Empty(DrbdCaptureReader.Read(text, "n", Fixture.Time));

    [Fact]
    public void Dashes_inside_text_are_not_markers()
    {
        var samples = DrbdCaptureReader.Read("----------\n 0: cs:Unconfigured\n", "n", Fixture.Time);
        Assert.Single(samples);
    }
}
