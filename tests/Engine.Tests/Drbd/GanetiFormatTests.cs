using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// The checks Ganeti's own tests make (test/py/ganeti.storage.drbd_unittest.py,
/// test/hs/Test/Ganeti/Storage/Drbd/Parser.hs), run on fixtures written in the same format as
/// Ganeti's test/data/proc_drbd*.txt.
/// </summary>
public class GanetiFormatTests
{
    public static TheoryData<string> AllGanetiStyle() =>
    [
        "proc_drbd80.txt", "proc_drbd80_emptyline.txt", "proc_drbd80_emptyversion.txt", "proc_drbd83.txt",
        "proc_drbd83_sync.txt", "proc_drbd83_sync_krnl2639.txt", "proc_drbd83_sync_want.txt", "proc_drbd84.txt",
        "proc_drbd84_emptyfirst.txt", "proc_drbd84_sync.txt",
    ];

    [Theory]
    [MemberData(nameof(AllGanetiStyle))]
    public void Every_device_is_read_without_a_note(string fixture)
    {
        var sample = Fixture.Proc(fixture);
        Assert.NotEmpty(sample.Devices);
        Assert.All(sample.Devices, d => Assert.Empty(d.Notes));
    }

    [Theory]
    [InlineData("proc_drbd80.txt", 9)]
    [InlineData("proc_drbd83.txt", 9)]
    [InlineData("proc_drbd80_emptyline.txt", 3)]
    [InlineData("proc_drbd84_emptyfirst.txt", 0)]
    public void Minor_not_found(string fixture, int minor) => Assert.Null(Fixture.Proc(fixture).Find(minor));

    [Theory]
    [InlineData("proc_drbd80.txt")]
    [InlineData("proc_drbd83.txt")]
    [InlineData("proc_drbd84.txt")]
    public void Minor0_is_connected_primary_up_to_date(string fixture)
    {
        var d = Fixture.Proc(fixture).Find(0)!;
        Assert.True(d.IsConfigured);
        Assert.Equal((DrbdConnectionState.Connected, DrbdRole.Primary, DrbdRole.Secondary, DrbdDiskState.UpToDate),
            (d.Connection, d.Role, d.PeerRole, d.Disk));
        Assert.Equal(DrbdHealth.Healthy, d.Health);
    }

    [Theory]
    [InlineData("proc_drbd80.txt")]
    [InlineData("proc_drbd83.txt")]
    [InlineData("proc_drbd84.txt")]
    [InlineData("proc_drbd84_emptyfirst.txt")]
    public void Minor1_is_connected_secondary_up_to_date(string fixture)
    {
        var d = Fixture.Proc(fixture).Find(1)!;
        Assert.Equal((DrbdConnectionState.Connected, DrbdRole.Secondary, DrbdRole.Primary, DrbdDiskState.UpToDate),
            (d.Connection, d.Role, d.PeerRole, d.Disk));
    }

    [Theory]
    [InlineData("proc_drbd80.txt")]
    [InlineData("proc_drbd83.txt")]
    [InlineData("proc_drbd80_emptyline.txt")]
    [InlineData("proc_drbd84.txt")]
    [InlineData("proc_drbd84_emptyfirst.txt")]
    public void Minor2_is_unconfigured(string fixture)
    {
        var d = Fixture.Proc(fixture).Find(2)!;
        Assert.False(d.IsConfigured);
        Assert.Equal(DrbdHealth.Unconfigured, d.Health);
    }

    [Theory]
    [InlineData("proc_drbd80.txt")]
    [InlineData("proc_drbd83.txt")]
    [InlineData("proc_drbd84.txt")]
    [InlineData("proc_drbd84_emptyfirst.txt")]
    public void Minor4_waits_for_connection(string fixture)
    {
        var d = Fixture.Proc(fixture).Find(4)!;
        Assert.Equal((DrbdConnectionState.WFConnection, DrbdRole.Primary, DrbdRole.Unknown, DrbdDiskState.UpToDate),
            (d.Connection, d.Role, d.PeerRole, d.Disk));
        Assert.Equal(DrbdHealth.PeerGone, d.Health);
    }

    [Theory]
    [InlineData("proc_drbd80.txt")]
    [InlineData("proc_drbd83.txt")]
    [InlineData("proc_drbd84.txt")]
    [InlineData("proc_drbd84_emptyfirst.txt")]
    public void Minor6_is_diskless(string fixture)
    {
        var d = Fixture.Proc(fixture).Find(6)!;
        Assert.Equal((DrbdConnectionState.Connected, DrbdRole.Secondary, DrbdRole.Primary, DrbdDiskState.Diskless),
            (d.Connection, d.Role, d.PeerRole, d.Disk));
        Assert.Equal(DrbdHealth.DiskLost, d.Health);
    }

    [Theory]
    [InlineData("proc_drbd80.txt")]
    [InlineData("proc_drbd83.txt")]
    [InlineData("proc_drbd84.txt")]
    public void Minor8_is_standalone_without_protocol(string fixture)
    {
        var d = Fixture.Proc(fixture).Find(8)!;
        Assert.Equal((DrbdConnectionState.StandAlone, DrbdRole.Unknown, DrbdDiskState.UpToDate), (d.Connection, d.PeerRole, d.Disk));
        Assert.Null(d.Protocol);
        Assert.Equal(DrbdHealth.StandAlone, d.Health);
    }

    [Theory]
    [InlineData("proc_drbd83_sync.txt", 3, 27.3)]
    [InlineData("proc_drbd83_sync_krnl2639.txt", 3, 2.7)]
    [InlineData("proc_drbd84_sync.txt", 5, 68.4)]
    [InlineData("proc_drbd83_sync_want.txt", 0, 37.4)]
    public void Resync_percentage(string fixture, int minor, double percent)
    {
        var d = Fixture.Proc(fixture).Find(minor)!;
        Assert.True(d.IsSyncing);
        Assert.Equal(percent, d.Sync!.Percent, 3);
    }

    [Fact]
    public void Empty_version_keeps_the_build_line()
    {
        var sample = Fixture.Proc("proc_drbd80_emptyversion.txt");
        Assert.Null(sample.Version!.Release);
        Assert.Equal("0ad2a1e3b1f6c7d8e9f00112233445566778899a", sample.Version.GitHash);
        Assert.Equal("builder@build1.example.com, 2010-03-02 09:14:27", sample.Version.BuiltBy);
        Assert.Equal([0, 1, 2, 5, 6], sample.Devices.Select(d => d.Minor));
        Assert.Single(sample.Notes);
    }

    [Fact]
    public void Version_of_84()
    {
        var v = Fixture.Proc("proc_drbd84.txt").Version!;
        Assert.Equal(("8.4.3", "1", "86-101"), (v.Release, v.Api, v.Protocol));
        Assert.True(v.IsMajor8OrUnknown);
    }

    [Fact]
    public void Version_with_srcversion()
    {
        var v = Fixture.Proc("proc_drbd83_sync_want.txt").Version!;
        Assert.Equal(("8.3.13", "88", "86-96", "5A4F3B2C1D0E9F8A7B6C5D4"), (v.Release, v.Api, v.Protocol, v.SourceVersion));
        Assert.Null(v.GitHash);
    }

    [Fact]
    public void Drbd84_sync_in_full()
    {
        var sample = Fixture.Proc("proc_drbd84_sync.txt");
        Assert.Empty(sample.Notes);
        var standalone = sample.Find(0)!;
        Assert.Equal((DrbdConnectionState.StandAlone, DrbdRole.Primary, DrbdRole.Unknown, DrbdDiskState.UpToDate, DrbdDiskState.DUnknown),
            (standalone.Connection, standalone.Role, standalone.PeerRole, standalone.Disk, standalone.PeerDisk));
        Assert.Equal((null, "r-----"), (standalone.Protocol, standalone.Flags));
        Assert.Equal(new DrbdCounters(0, 0, 51200, 1024, 2096896), standalone.Counters with { LocalPending = null, Pending = null, Unacked = null, ApplicationPending = null, WriteOrder = null });
        Assert.Equal('d', standalone.Counters.WriteOrder);

        var syncing = sample.Find(5)!;
        Assert.Equal((DrbdConnectionState.SyncSource, 'C', "r---n-"), (syncing.Connection, syncing.Protocol, syncing.Flags));
        Assert.Equal((41L, 20L), (syncing.Counters.Pending!.Value, syncing.Counters.Unacked!.Value));
        var sync = syncing.Sync!;
        Assert.Equal((663552L, 2097152L, false), (sync.RemainingKiB!.Value, sync.TotalKiB!.Value, sync.RoundedToMiB));
        Assert.Equal(TimeSpan.FromSeconds(10), sync.Finish);
        Assert.Equal((65536L, 64880L), (sync.SpeedKiBps!.Value, sync.AverageSpeedKiBps!.Value));
        Assert.Null(sync.WantKiBps);
        Assert.False(sync.Stalled);
        Assert.False(sync.IsVerify);
    }

    [Fact]
    public void Drbd80_has_no_oos_but_cache_statistics_are_understood()
    {
        var d = Fixture.Proc("proc_drbd80.txt").Find(0)!;
        Assert.Equal((2210438L, 0L, 2298111L, 912L), (d.Counters.SentKiB!.Value, d.Counters.ReceivedKiB!.Value, d.Counters.DiskWriteKiB!.Value, d.Counters.DiskReadKiB!.Value));
        Assert.Null(d.Counters.OutOfSyncKiB);
        Assert.Null(d.Counters.WriteOrder);
        Assert.Equal("r---", d.Flags);
    }

    [Fact]
    public void Kernel_2_6_39_nul_and_glued_finish()
    {
        var d = Fixture.Proc("proc_drbd83_sync_krnl2639.txt").Find(3)!;
        Assert.Equal((DrbdConnectionState.SyncSource, 'A', "r-----"), (d.Connection, d.Protocol, d.Flags));
        Assert.Equal(15936L * 1024, d.Sync!.RemainingKiB);
        Assert.Equal(16384L * 1024, d.Sync.TotalKiB);
        Assert.True(d.Sync.RoundedToMiB);
        Assert.Equal(new TimeSpan(0, 4, 21), d.Sync.Finish);
        Assert.Equal(62464L, d.Sync.SpeedKiBps);
    }

    [Fact]
    public void Comma_grouped_numbers_round_trip()
    {
        // Ganeti's prop_commaInt_*: every grouping DRBD's seq_printf_with_thousands_grouping can print.
        var random = new Random(3);
        foreach (var value in Enumerable.Range(0, 2000).Select(i => i < 1000 ? i : random.NextInt64(0, long.MaxValue)))
        {
            Assert.Equal(value, DrbdNumbers.Long(value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }
        Assert.Null(DrbdNumbers.Long(","));
        Assert.Null(DrbdNumbers.Long("99999999999999999999"));
    }
}
