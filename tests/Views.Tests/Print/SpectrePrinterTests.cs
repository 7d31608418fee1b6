using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Redundancy;
using GntTui.Simulator;
using GntTui.Views.Print;
using Spectre.Console.Testing;

namespace GntTui.Views.Tests.Print;

/// <summary>
/// What <c>gnt-tui status</c> and <c>gnt-tui drbd --replay</c> print, read from Spectre's own test
/// console (Spectre.Console.Testing) at a fixed width, so the tables are asserted as a user sees them.
/// </summary>
public sealed class SpectrePrinterTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Print", "Fixtures", name);

    private static string[] Lines(TestConsole console) => console.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();

    private static string Row(string[] lines, params string[] cells) =>
        Assert.Single(lines, l => cells.All(c => l.Contains(c, StringComparison.Ordinal)));

    [Fact]
    public void Replay_prints_the_file_its_devices_and_the_resync_timeline_with_drbds_figures_beside_ours()
    {
        var console = new TestConsole().Width(160);
        var result = DrbdReplay.ReadFile(Fixture("replay_node1.txt"), "node1.example.com");

        DrbdPrinter.Print(console, "replay_node1.txt", result);

        var lines = Lines(console);
        Assert.Equal("replay_node1.txt: 5 capture(s) of node1.example.com, 2024-05-14 10:00:00Z to 2024-05-14 10:00:50Z", lines[0]);
        Assert.Contains(lines, l => l.Contains("node1.example.com at 2024-05-14 10:00:50Z  DRBD 8.4.3", StringComparison.Ordinal));
        // The last capture: both minors in sync again.
        Assert.Matches(@"^\s+3\s+Connected\s+Primary/Secondary\s+UpToDate/UpToDate\s+Healthy$", Row(lines, " 3 ", "Connected", "Healthy"));
        Assert.Contains(lines, l => l.Contains("Resync timeline (DRBD's figures next to ours)", StringComparison.Ordinal));
        // One row per capture during the resync; our ETA agrees with DRBD's finish once a speed is known.
        Assert.Matches(@"10:00:00Z\s+node1\.example\.com\s+3\s+25\.0%\s+3\.0G\s+64 MiB/s\s+48s\s+…$", Row(lines, "10:00:00Z", "25.0%"));
        Assert.Matches(@"10:00:30Z\s+node1\.example\.com\s+3\s+71\.8%\s+1\.1G\s+64 MiB/s\s+64 MiB/s\s+64 MiB/s\s+18s\s+18s$", Row(lines, "10:00:30Z", "71.8%"));
        Assert.DoesNotContain(lines, l => l.Contains("warning:", StringComparison.Ordinal));
    }

    [Fact]
    public void Replay_of_a_capture_with_a_device_warning_says_so_on_its_own_line()
    {
        var console = new TestConsole().Width(160);
        var result = DrbdReplay.ReadFile(Fixture("proc_drbd84_sync.txt"));

        DrbdPrinter.Print(console, "proc_drbd84_sync.txt", result);

        var lines = Lines(console);
        Assert.StartsWith("proc_drbd84_sync.txt: 1 capture(s) of ", lines[0], StringComparison.Ordinal);
        // A single dump has no speeds of ours to compare: no timeline.
        Assert.DoesNotContain(lines, l => l.Contains("Resync timeline", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("SyncSource", StringComparison.Ordinal) || l.Contains("SyncTarget", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_of_the_demo_prints_its_badge_nodes_instances_and_n_plus_one_in_ganetis_words()
    {
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 42, new SimClock(SimClock.DefaultStart));
        var reading = await new ClusterReader(new GanetiClient(cluster.OpenShell())).ReadAsync(default);
        var console = new TestConsole().Width(160);

        StatusPrinter.Print(console, reading, [], demo: true);
        StatusPrinter.PrintNPlusOne(console, RedundancyModel.From(reading.Data.Nodes, reading.Data.Instances).Judge());

        var lines = Lines(console);
        Assert.Matches(@"^\S+  DEMO   master node1\.example\.com  Ganeti 3\.0\.2$", lines[0]);
        Assert.Equal(reading.Data.Nodes.Count, lines.Count(l => l.TrimStart().StartsWith("node", StringComparison.Ordinal) && l.Contains(" default", StringComparison.Ordinal)));
        Assert.Matches(@"^\s+node1\.example\.com\s+master\s+candidate\s", Row(lines, "node1.example.com", " default"));
        var down = reading.Data.Instances.First(i => i.Status == InstanceStatus.AdminDown);
        Assert.Contains("ADMIN_down", Row(lines, down.Name + " "), StringComparison.Ordinal);
        Assert.Equal("N+1: happy (every node can take the instances that fail over to it from any one node)", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public async Task Status_at_80_columns_drops_the_domain_then_the_totals_and_says_so_instead_of_wrapping_names()
    {
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 42, new SimClock(SimClock.DefaultStart));
        var reading = await new ClusterReader(new GanetiClient(cluster.OpenShell())).ReadAsync(default);
        var console = new TestConsole().Width(80);

        StatusPrinter.Print(console, reading, [], demo: true);

        var lines = Lines(console);
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
        // One row per instance, each on one line with its short name, status and primary.
        Assert.All(reading.Data.Instances, i => Assert.Matches(
            $@"^\s+{i.Name.Split('.')[0]}\s+{i.StatusText}\s+{i.PrimaryNode.Split('.')[0]}\s", Row(lines, $" {i.Name.Split('.')[0]} ")));
        Assert.Matches(@"^\s+Node\s+Role\s+Flags\s+MemFree\s+DiskFree\s+Pinst\s+Sinst$", Row(lines, "Node", "Role"));
        Assert.Contains("names without .example.com; left out at 80 columns: MemTotal, DiskTotal, Group", console.Output, StringComparison.Ordinal);

        // Wide enough, nothing is left out and every name is whole.
        var wide = new TestConsole().Width(160);
        StatusPrinter.Print(wide, reading, [], demo: true);
        Assert.DoesNotContain("left out", wide.Output, StringComparison.Ordinal);
        Assert.All(reading.Data.Instances, i => Assert.Contains(i.Name + " ", wide.Output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Status_writes_no_escape_sequence_when_the_console_has_no_colours()
    {
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 42, new SimClock(SimClock.DefaultStart));
        var reading = await new ClusterReader(new GanetiClient(cluster.OpenShell())).ReadAsync(default);
        var plain = new TestConsole().Width(160);
        var coloured = new TestConsole().Width(160).Colors(Spectre.Console.ColorSystem.TrueColor).EmitAnsiSequences();

        StatusPrinter.Print(plain, reading, [], demo: true);
        StatusPrinter.Print(coloured, reading, [], demo: true);

        Assert.DoesNotContain('\u001b', plain.Output);
        Assert.Contains('\u001b', coloured.Output); // the same printer does colour a terminal that has them
    }
}
