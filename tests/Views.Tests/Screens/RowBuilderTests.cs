using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Drbd;
using GntTui.Views.Screens.Instances;
using GntTui.Views.Screens.Jobs;
using GntTui.Views.Screens.Nodes;
using GntTui.Views.Themes;

namespace GntTui.Views.Tests.Screens;

public sealed class RowBuilderTests
{
    [Fact]
    public void An_offline_node_shows_stars_never_zero()
    {
        var rows = NodeRowBuilder.Build(TestSnapshots.Nodes, null);
        var offline = rows.Single(r => r.Node.Name == "node4.example.com");
        foreach (var column in new[] { NodeColumns.MemTotal, NodeColumns.MemFree, NodeColumns.DiskTotal, NodeColumns.DiskFree })
        {
            Assert.Equal("*", NodeColumns.Cell(offline, column).Text);
        }

        Assert.Equal("offline", NodeColumns.Cell(offline, NodeColumns.Flags).Text);
        Assert.Equal(StyleRole.Offline, NodeColumns.Cell(offline, NodeColumns.Role).Role);
    }

    [Fact]
    public void Node_sizes_and_flags_read_as_people_read_them()
    {
        var rows = NodeRowBuilder.Build(TestSnapshots.Nodes, null);
        var master = rows[0];
        Assert.Equal("64.0G", NodeColumns.Cell(master, NodeColumns.MemTotal).Text);
        Assert.Equal("1.0T", NodeColumns.Cell(master, NodeColumns.DiskTotal).Text);
        Assert.Equal("master", NodeColumns.Cell(master, NodeColumns.Role).Text);
        Assert.Equal("-", NodeColumns.Cell(master, NodeColumns.Flags).Text);
        Assert.Equal("drained", NodeColumns.Cell(rows[2], NodeColumns.Flags).Text);
        Assert.Equal(StyleRole.Warning, NodeColumns.Cell(rows[2], NodeColumns.Flags).Role);
    }

    [Fact]
    public void The_drbd_column_is_blank_until_known_then_counts_degraded_minors()
    {
        Assert.Equal("", NodeColumns.Cell(NodeRowBuilder.Build(TestSnapshots.Nodes, null)[0], NodeColumns.Drbd).Text);

        var index = DrbdIndex.Build(TestDrbd.Snapshot());
        var rows = NodeRowBuilder.Build(TestSnapshots.Nodes, index.Nodes);
        Assert.Equal("2 degraded", NodeColumns.Cell(rows[0], NodeColumns.Drbd).Text);
        Assert.Equal(StyleRole.Error, NodeColumns.Cell(rows[0], NodeColumns.Drbd).Role);
        Assert.Equal("retrying", NodeColumns.Cell(rows[3], NodeColumns.Drbd).Text); // offline: sampling fails

        var healthy = TestDrbd.Node("node1.example.com", 3, 0);
        Assert.Equal("ok", NodeColumns.DrbdCell(healthy).Text);
        Assert.Equal("connecting", NodeColumns.DrbdCell(healthy with { LastSampleAt = null, Stream = null }).Text);
    }

    [Theory]
    [InlineData(InstanceStatus.Running, StyleRole.Running)]
    [InlineData(InstanceStatus.AdminDown, StyleRole.Muted)]
    [InlineData(InstanceStatus.UserDown, StyleRole.Down)]
    [InlineData(InstanceStatus.AdminOffline, StyleRole.Offline)]
    [InlineData(InstanceStatus.ErrorDown, StyleRole.Error)]
    [InlineData(InstanceStatus.ErrorUp, StyleRole.Error)]
    [InlineData(InstanceStatus.ErrorNodeDown, StyleRole.Error)]
    [InlineData(InstanceStatus.ErrorNodeOffline, StyleRole.Error)]
    [InlineData(InstanceStatus.ErrorWrongNode, StyleRole.Error)]
    [InlineData(InstanceStatus.Unknown, StyleRole.Warning)]
    public void Instance_statuses_map_to_roles_by_meaning(InstanceStatus status, StyleRole role)
    {
        var instance = TestSnapshots.Instance("x", status, "text", "node1");
        var row = InstanceRowBuilder.Build([instance], new Dictionary<string, CurrentJob>())[0];
        var cell = InstanceColumns.Cell(row, InstanceColumns.Status, null);
        Assert.Equal("text", cell.Text);
        Assert.Equal(role, cell.Role);
    }

    [Fact]
    public void The_current_job_is_the_unfinished_one_naming_the_instance()
    {
        var jobs = CurrentJobIndex.Build(TestSnapshots.Jobs);
        var rows = InstanceRowBuilder.Build(TestSnapshots.Instances, jobs);
        var web3 = rows.Single(r => r.Instance.Name == "web3.example.com");
        Assert.Equal("#103 migrate", InstanceColumns.Cell(web3, InstanceColumns.Job, null).Text);
        Assert.Equal(StyleRole.Accent, InstanceColumns.Cell(web3, InstanceColumns.Job, null).Role);

        // Finished jobs (101 started web1, 102 failed on db1) are history, not current.
        Assert.Equal("", InstanceColumns.Cell(rows.Single(r => r.Instance.Name == "web1.example.com"), InstanceColumns.Job, null).Text);
        Assert.Equal("", InstanceColumns.Cell(rows.Single(r => r.Instance.Name == "db1.example.com"), InstanceColumns.Job, null).Text);
    }

    [Fact]
    public void A_running_job_beats_a_queued_one_and_multi_opcode_summaries_count()
    {
        var jobs = CurrentJobIndex.Build(
        [
            TestSnapshots.Job(7, JobStatus.Queued, "INSTANCE_REBOOT(a),INSTANCE_REBOOT(b)", 5),
            TestSnapshots.Job(9, JobStatus.Running, "INSTANCE_REPLACE_DISKS(b)", 5, 4),
        ]);
        Assert.Equal("#7 reboot", jobs["a"].Text);
        Assert.Equal("#9 replace-disks", jobs["b"].Text);
    }

    [Fact]
    public void Resyncing_disks_show_in_the_instance_row()
    {
        var index = DrbdIndex.Build(TestDrbd.Snapshot());
        var rows = InstanceRowBuilder.Build(TestSnapshots.Instances, new Dictionary<string, CurrentJob>());
        var web1 = rows.Single(r => r.Instance.Name == "web1.example.com");
        var cell = InstanceColumns.Cell(web1, InstanceColumns.Sync, index.ResyncByInstance);
        Assert.Equal("42.5% 1m52s", cell.Text);
        Assert.Equal(StyleRole.Warning, cell.Role);
        Assert.Equal("", InstanceColumns.Cell(rows.Single(r => r.Instance.Name == "db1.example.com"), InstanceColumns.Sync, index.ResyncByInstance).Text);
    }

    [Fact]
    public void Job_rows_give_local_times_and_running_durations()
    {
        var rows = JobRowBuilder.Build(TestSnapshots.Jobs);
        var running = rows.Single(r => r.Job.Id == 103);
        Assert.Equal("08:59:18", JobColumns.Cell(running, JobColumns.Started, TestClock.Start, TimeZoneInfo.Utc).Text);
        Assert.Equal("running 42s", JobColumns.Cell(running, JobColumns.Duration, TestClock.Start, TimeZoneInfo.Utc).Text);
        Assert.Equal("8s", JobColumns.Cell(rows[0], JobColumns.Duration, TestClock.Start, TimeZoneInfo.Utc).Text);
        Assert.Equal(StyleRole.Error, JobColumns.Cell(rows[1], JobColumns.Status, TestClock.Start, TimeZoneInfo.Utc).Role);
    }

    [Fact]
    public void Drbd_rows_show_progress_eta_and_what_is_wrong()
    {
        var rows = DrbdRowBuilder.Build(TestDrbd.Snapshot());
        var syncing = rows[0];
        Assert.Equal("web1.example.com/disk/0", syncing.Key);
        Assert.Equal("syncing", DrbdColumns.Cell(syncing, DrbdColumns.Health, false).Text);
        Assert.Equal("42.5%", DrbdColumns.Cell(syncing, DrbdColumns.Done, false).Text);
        Assert.Equal("102 MiB/s", DrbdColumns.Cell(syncing, DrbdColumns.Speed, false).Text);
        Assert.Equal("1m52s", DrbdColumns.Cell(syncing, DrbdColumns.Eta, false).Text);
        Assert.Equal("#####.......", DrbdColumns.Cell(syncing, DrbdColumns.Progress, true).Text);
        Assert.Equal("split brain", DrbdColumns.Cell(rows[2], DrbdColumns.Flags, false).Text);
        Assert.Equal("WFConnection", DrbdColumns.Cell(rows[3], DrbdColumns.Flags, false).Text);
        Assert.Equal("StandAlone", DrbdColumns.Cell(rows[2], DrbdColumns.Connection, false).Text);
        Assert.Equal("Primary/Unknown", DrbdColumns.Cell(rows[2], DrbdColumns.Roles, false).Text);
        Assert.Empty(DrbdRowBuilder.Build(null));
    }

    [Fact]
    public void Names_sort_as_people_count_hosts()
    {
        string[] names = ["node10", "node2", "Node1", "node02b", "node2a"];
        Assert.Equal(["Node1", "node2", "node2a", "node02b", "node10"], names.Order(NaturalComparer.Instance));
    }
}
