using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Model;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Tests.Support;
using GntTui.Views.Themes;

namespace GntTui.Views.Tests.Screens;

/// <summary>Whole screens at fixed sizes compared with Golden/Screens/*.txt, text and style layers (UPDATE_GOLDEN=1 re-records).</summary>
public sealed class ScreenGoldenTests
{
    [Fact]
    public void Nodes_view()
    {
        var console = WithDrbd();
        console.Press("j");
        GoldenFile.Verify(console.Render(), "Screens/nodes");
    }

    [Fact]
    public void Instances_view()
    {
        var console = WithDrbd();
        console.Press("2 j Space");
        GoldenFile.Verify(console.Render(), "Screens/instances");
    }

    [Fact]
    public void Drbd_view()
    {
        var console = WithDrbd();
        console.Press("3");
        GoldenFile.Verify(console.Render(), "Screens/drbd");
    }

    [Fact]
    public void Drbd_view_before_sampling_started()
    {
        var console = new ConsoleDriver(width: 80, height: 12);
        console.Press("3");
        GoldenFile.Verify(console.Render(), "Screens/drbd-not-sampled");
    }

    [Fact]
    public void Jobs_view()
    {
        var console = new ConsoleDriver();
        console.Press("4");
        GoldenFile.Verify(console.Render(), "Screens/jobs");
    }

    [Fact]
    public void Instance_detail_pane()
    {
        var console = WithDrbd();
        console.Press("2");
        console.App.ActiveScreen.Table.SelectKey("web1.example.com");
        console.Press("Enter");
        GoldenFile.Verify(console.Render(), "Screens/detail-instance");
    }

    [Fact]
    public void Node_detail_pane_of_an_offline_node()
    {
        var console = WithDrbd();
        console.Press("G Enter");
        GoldenFile.Verify(console.Render(), "Screens/detail-node");
    }

    [Fact]
    public void Drbd_detail_pane()
    {
        var console = WithDrbd();
        console.Press("3 Enter");
        GoldenFile.Verify(console.Render(), "Screens/detail-drbd");
    }

    [Fact]
    public void Job_log_with_progress_and_failure()
    {
        var console = new ConsoleDriver();
        console.Press("4 j Enter");
        var at = new DateTime(2025, 11, 21, 8, 59, 20, DateTimeKind.Unspecified);
        JobLogEntry[] entries =
        [
            new(at, "Migrating instance web3.example.com", JobLogKind.Message),
            new(at.AddSeconds(1), " - INFO: Checking disk/0 on node2.example.com", JobLogKind.Info),
            new(at.AddSeconds(2), "- device disk/0: 10.00% done, 30s remaining (estimated)", JobLogKind.DiskSync, 10, "disk/0", "30s"),
            new(at.AddSeconds(4), "- device disk/1: 5.00% done, 50s remaining (estimated)", JobLogKind.DiskSync, 5, "disk/1", "50s"),
            new(at.AddSeconds(6), "- device disk/0: 34.90% done, 5s remaining (estimated)", JobLogKind.DiskSync, 34.9, "disk/0", "5s"),
            new(at.AddSeconds(8), "Instance web3.example.com's disks are in sync", JobLogKind.DisksInSync),
            new(at.AddSeconds(9), "* memory transfer progress: 61.23 %", JobLogKind.MemoryTransfer, 61.23),
            new(at.AddSeconds(12), " - WARNING: Could not contact node2.example.com", JobLogKind.Warning),
            new(at.AddSeconds(15), "Migration failed, aborting", JobLogKind.MigrationFailed),
        ];
        var outcome = new JobOutcome(103, JobStatus.Error,
            "Failure: command execution error: Could not migrate instance web3.example.com: Error 255 while connecting to node2.example.com: the peer did not answer within 60 seconds, so the migration was aborted and the instance left running on node1.example.com",
            entries);
        console.Post(new JobLogUpdate(103, entries, outcome, null));
        GoldenFile.Verify(console.Render(), "Screens/job-log");
    }

    [Fact]
    public void Help_overlay()
    {
        var console = new ConsoleDriver();
        console.Press("2 ?");
        GoldenFile.Verify(console.Render(), "Screens/help");
    }

    [Fact]
    public void Command_palette_over_the_list()
    {
        var console = new ConsoleDriver(width: 100, height: 16);
        console.Press(":");
        console.Type("d");
        GoldenFile.Verify(console.Render(), "Screens/palette");
    }

    [Fact]
    public void Stale_read_only_demo_header_with_a_toast()
    {
        var options = new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: true, IsDemo: true, "demo");
        var console = new ConsoleDriver(TestSnapshots.Small(ConnectionState.Stale, "ssh: Connection timed out\nmore detail"), options, 100, 14);
        console.Press("/");
        console.Type("node[");
        console.Post(new Notice("refresh failed: ssh timed out", GntTui.Views.Widgets.ToastLevel.Error));
        GoldenFile.Verify(console.Render(), "Screens/stale-header");
    }

    [Fact]
    public void Mono_theme_drbd_view()
    {
        var options = new ConsoleOptions(ThemeLoader.LoadBuiltIn("mono"), ReadOnly: false, IsDemo: false, "prod-a");
        var console = new ConsoleDriver(options: options, width: 120, height: 12);
        console.Post(TestDrbd.Snapshot());
        console.Press("3");
        GoldenFile.Verify(console.Render(), "Screens/drbd-mono");
    }

    [Fact]
    public void Terminal_too_small()
    {
        var console = new ConsoleDriver(width: 50, height: 10);
        GoldenFile.Verify(console.Render(), "Screens/too-small");
    }

    [Fact]
    public void Resize_repaints_at_the_new_size()
    {
        var console = new ConsoleDriver(width: 50, height: 10);
        console.Render();
        console.Resize(80, 12);
        var text = console.Text();
        Assert.DoesNotContain("too small", text, StringComparison.Ordinal);
        Assert.Contains("Nodes [4]", text, StringComparison.Ordinal);
    }

    private static ConsoleDriver WithDrbd()
    {
        var console = new ConsoleDriver();
        console.Post(TestDrbd.Snapshot());
        return console;
    }
}
