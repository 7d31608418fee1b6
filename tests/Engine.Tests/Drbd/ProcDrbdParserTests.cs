using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

public class ProcDrbdParserTests
{
    [Fact]
    public void St_and_ro_both_give_roles()
    {
        Assert.Equal(DrbdRole.Primary, Fixture.Proc("proc_drbd80.txt").Find(0)!.Role);
        Assert.Equal(DrbdRole.Primary, Fixture.Proc("proc_drbd84.txt").Find(0)!.Role);
    }

    [Fact]
    public void Sample_carries_time_and_node()
    {
        var sample = Fixture.Proc("proc_drbd84.txt", "node7.example.com");
        Assert.Equal((Fixture.Time, "node7.example.com"), (sample.Time, sample.Node));
        Assert.Equal([0, 1, 2, 4, 6, 8], sample.Devices.Select(d => d.Minor));
    }

    [Fact]
    public void Missing_version_line_is_a_note_not_a_failure()
    {
        var sample = Fixture.Proc("proc_drbd_no_version.txt");
        Assert.Null(sample.Version);
        Assert.Contains("no version line", sample.Notes);
        Assert.Equal(2, sample.Devices.Count);
        var ahead = sample.Find(1)!;
        Assert.Equal((DrbdConnectionState.Ahead, 'A', DrbdDiskState.Outdated), (ahead.Connection, ahead.Protocol, ahead.PeerDisk));
        Assert.Equal(DrbdHealth.Degraded, ahead.Health);
        Assert.Equal(4096L, ahead.Counters.OutOfSyncKiB);
    }

    [Fact]
    public void Blank_lines_inside_a_minor()
    {
        var sample = Fixture.Proc("proc_drbd84_blank_inside_minor.txt");
        Assert.All(sample.Devices, d => Assert.Empty(d.Notes));
        var d = sample.Find(0)!;
        Assert.Equal(524288L, d.Counters.OutOfSyncKiB);
        Assert.Equal((50.0, 524288L, 61440L), (d.Sync!.Percent, d.Sync.RemainingKiB!.Value, d.Sync.WantKiBps!.Value));
        Assert.Equal(DrbdConnectionState.Connected, sample.Find(1)!.Connection);
    }

    [Fact]
    public void Megabyte_sizes_become_KiB()
    {
        var sync = Fixture.Proc("proc_drbd83_sync.txt").Find(3)!.Sync!;
        Assert.Equal((372224L * 1024, 512000L * 1024, true), (sync.RemainingKiB!.Value, sync.TotalKiB!.Value, sync.RoundedToMiB));
        Assert.Equal((61440L, 60928L), (sync.SpeedKiBps!.Value, sync.AverageSpeedKiBps!.Value));
    }

    [Fact]
    public void Want_present_on_sync_target()
    {
        var sync = Fixture.Proc("proc_drbd83_sync_want.txt").Find(0)!.Sync!;
        Assert.Equal((657408L, 1048576L, 61440L), (sync.RemainingKiB!.Value, sync.TotalKiB!.Value, sync.WantKiBps!.Value));
    }

    [Fact]
    public void Verified_line_is_online_verify()
    {
        var sample = Fixture.Proc("proc_drbd84_verify.txt");
        Assert.Equal("1AEFF755B8BD61B81A0AF27", sample.Version!.SourceVersion);
        var source = sample.Find(0)!;
        Assert.True(source.Sync!.IsVerify);
        Assert.Equal((48.0, 102400L), (source.Sync.Percent, source.Sync.WantKiBps!.Value));
        Assert.Equal(DrbdHealth.Verifying, source.Health);
        var target = sample.Find(1)!;
        Assert.True(target.Sync!.IsVerify);
        Assert.Null(target.Sync.WantKiBps);
        Assert.All(sample.Devices, d => Assert.Empty(d.Notes));
    }

    [Fact]
    public void Long_finish_comma_groups_and_stalled()
    {
        var d = Fixture.Proc("proc_drbd83_long_finish.txt").Find(0)!;
        Assert.Empty(d.Notes);
        var sync = d.Sync!;
        Assert.Equal(new TimeSpan(49, 21, 38), sync.Finish);
        Assert.Equal((10861L, 1234567L, 3280L), (sync.SpeedKiBps!.Value, sync.AverageSpeedKiBps!.Value, sync.WantKiBps!.Value));
        Assert.True(sync.Stalled);
        Assert.Equal(1884160L * 1024, sync.RemainingKiB);
    }

    [Fact]
    public void Queue_delay()
    {
        var d = Fixture.Proc("proc_drbd838_queue_delay.txt").Find(0)!;
        Assert.Empty(d.Notes);
        Assert.Equal(2.5, d.Sync!.QueueDelayMs);
        Assert.Equal("r----", d.Flags);
    }

    [Fact]
    public void Proc_details_speed_and_extra_lines()
    {
        var d = Fixture.Proc("proc_drbd84_proc_details.txt").Find(0)!;
        Assert.Empty(d.Notes);
        Assert.Equal((63000L, 60500L), (d.Sync!.SpeedKiBps!.Value, d.Sync.AverageSpeedKiBps!.Value));
    }

    [Fact]
    public void Paused_resyncs()
    {
        var sample = Fixture.Proc("proc_drbd84_paused.txt");
        Assert.Equal(DrbdHealth.Syncing, sample.Find(0)!.Health);
        var dependent = sample.Find(1)!;
        Assert.Equal(("ra----", true, DrbdHealth.PausedSync), (dependent.Flags, dependent.IsSyncPaused, dependent.Health));
        // No progress line yet: in resync at 0 %, as Ganeti's drbd_info.py counts it.
        Assert.Equal((0, false), (dependent.Sync!.Percent, dependent.Sync.FromProgressLine));
        Assert.Equal(1048576L, dependent.Counters.OutOfSyncKiB);
        Assert.Equal(DrbdHealth.PausedSync, sample.Find(2)!.Health);
        Assert.All(sample.Devices, d => Assert.Empty(d.Notes));
    }

    [Theory]
    [InlineData("proc_drbd80.txt", 0, "r---")]
    [InlineData("proc_drbd83.txt", 0, "r----")]
    [InlineData("proc_drbd83.txt", 1, "r---")]
    [InlineData("proc_drbd84.txt", 0, "r-----")]
    [InlineData("proc_drbd84_sync.txt", 5, "r---n-")]
    public void Flags_of_different_lengths(string fixture, int minor, string flags) =>
        Assert.Equal(flags, Fixture.Proc(fixture).Find(minor)!.Flags);

    [Fact]
    public void Unknown_text_becomes_notes()
    {
        var sample = Fixture.Proc("proc_drbd84_unknown.txt");
        var odd = sample.Find(0)!;
        Assert.Equal((DrbdConnectionState.Unknown, "Frobnicating", DrbdHealth.Unknown), (odd.Connection, odd.ConnectionText, odd.Health));
        Assert.Contains(odd.Notes, n => n.Contains("Frobnicating", StringComparison.Ordinal));
        Assert.Contains(odd.Notes, n => n.Contains("zz:12", StringComparison.Ordinal));
        Assert.Equal(4L, odd.Counters.DiskReadKiB);

        var weird = sample.Find(1)!;
        Assert.Equal((DrbdRole.Unknown, DrbdDiskState.Unknown, DrbdDiskState.UpToDate), (weird.Role, weird.Disk, weird.PeerDisk));
        Assert.Contains(weird.Notes, n => n.Contains("Tertiary", StringComparison.Ordinal));
        Assert.Contains(weird.Notes, n => n.Contains("Weird", StringComparison.Ordinal));
        Assert.Contains(weird.Notes, n => n.Contains("this line means nothing", StringComparison.Ordinal));
    }

    [Fact]
    public void Drbd9_proc_has_no_devices()
    {
        var sample = Fixture.Proc("proc_drbd9.txt");
        Assert.Empty(sample.Devices);
        Assert.False(sample.Version!.IsMajor8OrUnknown);
        Assert.Contains(sample.Notes, n => n.Contains("events2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\n")]
    public void Empty_input(string? text)
    {
        var sample = ProcDrbdParser.Parse(text, "n", Fixture.Time);
        Assert.Empty(sample.Devices);
        // Nothing at all is a node without DRBD: said as such, not as parser notes.
        Assert.True(sample.NoDrbd);
        Assert.Empty(sample.Notes);
    }

    [Fact]
    public void Crlf_reads_like_lf()
    {
        var lf = Fixture.Proc("proc_drbd84_sync.txt");
        var crlf = ProcDrbdParser.Parse(Fixture.Text("proc_drbd84_sync.txt").Replace("\n", "\r\n", StringComparison.Ordinal), "node1.example.com", Fixture.Time);
        Assert.Equal(lf.Devices.Select(Describe), crlf.Devices.Select(Describe));
        Assert.All(crlf.Devices, d => Assert.Empty(d.Notes));
    }

    [Fact]
    public void Repeated_minor_keeps_the_later_one()
    {
        var sample = ProcDrbdParser.Parse(" 0: cs:Unconfigured\n 0: cs:StandAlone ro:Secondary/Unknown ds:UpToDate/DUnknown   r-----\n    ns:0 nr:0 dw:0 dr:0", "n", Fixture.Time);
        Assert.Single(sample.Devices);
        Assert.Equal(DrbdConnectionState.StandAlone, sample.Devices[0].Connection);
        Assert.Contains(sample.Notes, n => n.Contains("twice", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(" 0: cs:")]
    [InlineData(" 0: cs:Connected")]
    [InlineData(" 0: cs:SyncSource ro:Primary/Secondary ds:UpToDate/Inconsistent C r-----\n    ns:0")]
    [InlineData(" 99999999999: cs:Connected")]
    [InlineData(" 1: cs:Connected ro:/ ds:/ C")]
    [InlineData(" 1: cs:SyncTarget ro:Secondary/Primary ds:Inconsistent/UpToDate C r----- ns:0 sync'ed: 12.5% (99999999999999999999999/1)K finish: 9999999:99:99 speed: 1 (2)")]
    public void Truncated_and_odd_minors_are_notes(string text)
    {
        var sample = ProcDrbdParser.ParseCore(text, "n", Fixture.Time);
        Assert.NotEmpty(sample.AllNotes());
    }

    [Fact]
    public void Sync_state_without_progress_line_is_at_zero_as_ganeti_counts_it()
    {
        var d = ProcDrbdParser.Parse(" 0: cs:SyncTarget ro:Secondary/Primary ds:Inconsistent/UpToDate C r-----\n    ns:0 nr:1 dw:1 dr:0 oos:5\n", "n", Fixture.Time).Find(0)!;
        Assert.Equal((0, false), (d.Sync!.Percent, d.Sync.FromProgressLine));
        Assert.DoesNotContain(d.Notes, n => n.Contains("no sync'ed", StringComparison.Ordinal));
    }

    private static string Describe(DrbdDevice d) =>
        $"{d.Minor} {d.Connection} {d.Role}/{d.PeerRole} {d.Disk}/{d.PeerDisk} {d.Protocol} {d.Flags} {d.Counters} {d.Sync}";
}
