using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

public class Events2ParserTests
{
    private static Events2Parser Feed(string fixture, int lines = int.MaxValue)
    {
        var parser = new Events2Parser("node1.example.com");
        foreach (var line in Fixture.Text(fixture).Split('\n').Take(lines))
        {
            parser.Feed(line);
        }
        return parser;
    }

    [Fact]
    public void Initial_dump_of_a_resync()
    {
        var parser = Feed("events2_drbd9_sync.txt", 11);
        Assert.True(parser.InitialDumpDone);
        Assert.Empty(parser.Notes);
        var devices = parser.Devices();
        Assert.Equal([0, 3], devices.Select(d => d.Minor));

        var d = devices[1];
        Assert.Equal(("resource3", 0, "node2.example.com"), (d.Resource, d.Volume, d.PeerName));
        Assert.Equal((DrbdConnectionState.SyncSource, DrbdRole.Primary, DrbdRole.Secondary, DrbdDiskState.UpToDate, DrbdDiskState.Inconsistent),
            (d.Connection, d.Role, d.PeerRole, d.Disk, d.PeerDisk));
        Assert.Equal(DrbdHealth.Syncing, d.Health);
        Assert.Equal((2621440L, 0L, 2048L, 1048576L, 7864320L),
            (d.Counters.SentKiB!.Value, d.Counters.ReceivedKiB!.Value, d.Counters.DiskWriteKiB!.Value, d.Counters.DiskReadKiB!.Value, d.Counters.OutOfSyncKiB!.Value));
        var sync = d.Sync!;
        Assert.Equal((25.0, 7864320L, 10485760L, 102400L), (sync.Percent, sync.RemainingKiB!.Value, sync.TotalKiB!.Value, sync.SpeedKiBps!.Value));
        Assert.Equal(TimeSpan.FromSeconds(75), sync.Finish);
        Assert.False(sync.Stalled);
        Assert.Equal("r---", d.Flags);

        var healthy = devices[0];
        Assert.Equal((DrbdConnectionState.Connected, DrbdHealth.Healthy), (healthy.Connection, healthy.Health));
        Assert.Null(healthy.Sync);
    }

    [Fact]
    public void Changes_merge_into_the_state()
    {
        var d = Feed("events2_drbd9_sync.txt", 13).Devices().Single(x => x.Minor == 3);
        Assert.Equal((27.0, 7654605L), (d.Sync!.Percent, d.Sync.RemainingKiB!.Value));
        Assert.Equal(DrbdDiskState.Inconsistent, d.PeerDisk);
    }

    [Fact]
    public void Create_and_destroy()
    {
        var created = Feed("events2_drbd9_sync.txt", 15).Devices().Single(x => x.Minor == 5);
        Assert.Equal((DrbdConnectionState.StandAlone, DrbdDiskState.Diskless, DrbdHealth.DiskLost), (created.Connection, created.Disk, created.Health));
        Assert.DoesNotContain(Feed("events2_drbd9_sync.txt", 17).Devices(), x => x.Minor == 5);
    }

    [Fact]
    public void Eta_nan_while_syncing_is_stalled()
    {
        var d = Feed("events2_drbd9_sync.txt", 20).Devices().Single(x => x.Minor == 3);
        Assert.True(d.Sync!.Stalled);
        Assert.Null(d.Sync.Finish);
        Assert.Equal(0L, d.Sync.SpeedKiBps);
    }

    [Fact]
    public void Lost_connection_and_timestamps()
    {
        var parser = Feed("events2_drbd9_sync.txt");
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 10, 0, 8, TimeSpan.Zero), parser.LastTimestamp);
        var d = parser.Devices().Single(x => x.Minor == 0);
        Assert.Equal((DrbdConnectionState.WFConnection, "Connecting", DrbdDiskState.DUnknown, DrbdHealth.PeerGone),
            (d.Connection, d.ConnectionText, d.PeerDisk, d.Health));
        Assert.Empty(parser.Notes);
    }

    [Fact]
    public void Ganeti_84_resources_without_peer_names()
    {
        var parser = Feed("events2_ganeti84.txt", 12);
        var devices = parser.Devices();
        Assert.Equal([0, 1, 2], devices.Select(d => d.Minor));
        Assert.Null(devices[0].PeerName);
        var paused = devices[1];
        Assert.Equal((DrbdConnectionState.PausedSyncT, "ra--", DrbdHealth.PausedSync), (paused.Connection, paused.Flags, paused.Health));
        Assert.Equal((DrbdConnectionState.StandAlone, DrbdDiskState.Outdated, DrbdHealth.StandAlone), (devices[2].Connection, devices[2].Disk, devices[2].Health));

        var resumed = Feed("events2_ganeti84.txt").Devices()[1];
        Assert.Equal((DrbdConnectionState.SyncTarget, "r---"), (resumed.Connection, resumed.Flags));
        Assert.Equal(10.5, resumed.Sync!.Percent);
        Assert.Null(resumed.Sync.RemainingKiB);
        Assert.Null(resumed.Sync.TotalKiB);
    }

    [Fact]
    public void Diff_arrows_keep_the_new_value()
    {
        var parser = Feed("events2_diff.txt");
        var d = parser.Devices().Single();
        Assert.Equal((DrbdConnectionState.SyncTarget, DrbdDiskState.Inconsistent, DrbdRole.Primary, "node1.example.com"),
            (d.Connection, d.Disk, d.Role, d.PeerName));
        Assert.Equal(1.25, d.Sync!.Percent);
    }

    [Fact]
    public void Feed_returns_the_event()
    {
        var parser = new Events2Parser("n");
        var ev = parser.Feed("2024-05-14T10:00:00+00:00 change peer-device name:r0 peer-node-id:1 conn-name:b volume:0 replication:Established->SyncSource")!;
        Assert.Equal((Events2Action.Change, "peer-device", "SyncSource"), (ev.Action, ev.Object, ev.Get("replication")));
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 10, 0, 0, TimeSpan.Zero), ev.Timestamp);
        Assert.True(parser.Feed("exists -")!.EndsInitialDump);
        Assert.Null(parser.Feed("   "));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("frobnicate resource name:r0")]
    [InlineData("change gizmo name:r0")]
    [InlineData("change device volume:0")]
    [InlineData("change device name:r0 volume:x minor:1")]
    [InlineData("2024-99-99T00:00:00 change resource name:r0")]
    [InlineData("change resource name:r0 justaword")]
    [InlineData("rename resource name:nothere new_name:r9")]
    public void Odd_lines_are_notes(string line)
    {
        var parser = new Events2Parser("n");
        parser.Feed(line);
        Assert.NotEmpty(parser.Notes);
    }

    [Fact]
    public void Rename_moves_the_resource()
    {
        var parser = new Events2Parser("n");
        parser.FeedAll("exists resource name:old role:Secondary\nexists device name:old volume:0 minor:4 disk:UpToDate\nrename resource name:old new_name:new\n");
        Assert.Equal("new", parser.Devices().Single().Resource);
    }

    [Fact]
    public void Snapshot_before_the_dump_ends_says_so()
    {
        var sample = Feed("events2_drbd9_sync.txt", 4).Snapshot(Fixture.Time);
        Assert.Equal("node1.example.com", sample.Node);
        Assert.Contains(sample.Notes, n => n.Contains("not complete", StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_are_bounded()
    {
        var parser = new Events2Parser("n");
        for (var i = 0; i < 500; i++)
        {
            parser.Feed("garbage " + i);
        }
        Assert.Equal(100, parser.Notes.Count);
    }
}
