using System.Text.RegularExpressions;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>/proc/drbd in DRBD 8.4's format, and resyncs that start, progress and finish truthfully.</summary>
public partial class DrbdTests
{
    [GeneratedRegex(@"^ ?\d+: cs:(\w+) ro:(\w+)/(\w+) ds:(\w+)/(\w+) ([ABC ]) [rs][-a][-p][-u][-\w][-s]$")]
    private static partial Regex StateLine();

    [GeneratedRegex(@"^    ns:\d+ nr:\d+ dw:\d+ dr:\d+ al:\d+ bm:\d+ lo:\d+ pe:\d+ ua:\d+ ap:\d+ ep:\d+ wo:[bfdn] oos:(\d+)$")]
    private static partial Regex CounterLine();

    [GeneratedRegex(@"^\t\[(=*)>(\.*)\] sync'ed:([ \d]{3}\.\d)% \((\d+)/(\d+)\)([KM])$")]
    private static partial Regex SyncLine();

    [GeneratedRegex(@"^\tfinish: (\d+):(\d\d):(\d\d) speed: ([\d,]+) \(([\d,]+)\)( want: 61,440)? K/sec( \(stalled\))?$")]
    private static partial Regex FinishLine();

    /// <summary>Checks every line of a /proc/drbd text against the 8.4 grammar; returns minor → (cs, ro, ds).</summary>
    private static Dictionary<int, string> Parse(string text)
    {
        var lines = text.Split('\n');
        Assert.Matches(@"^version: 8\.4\.\d+ \(api:1/proto:86-101\)$", lines[0]);
        Assert.StartsWith("srcversion: ", lines[1], StringComparison.Ordinal);
        var minors = new Dictionary<int, string>();
        for (var i = 2; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }
            var m = StateLine().Match(line);
            Assert.True(m.Success, $"not a state line: '{line}'");
            Assert.Matches(CounterLine(), lines[++i]);
            var minor = int.Parse(line.AsSpan(0, line.IndexOf(':', StringComparison.Ordinal)).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            minors[minor] = $"{m.Groups[1].Value} {m.Groups[2].Value}/{m.Groups[3].Value} {m.Groups[4].Value}/{m.Groups[5].Value}";
            if (m.Groups[1].Value is "SyncSource" or "SyncTarget")
            {
                var sync = SyncLine().Match(lines[++i]);
                Assert.True(sync.Success, $"not a sync line: '{lines[i]}'");
                var finish = FinishLine().Match(lines[++i]);
                Assert.True(finish.Success, $"not a finish line: '{lines[i]}'");
                Assert.Equal(m.Groups[1].Value == "SyncTarget", finish.Groups[6].Success);
                var left = long.Parse(sync.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture);
                var total = long.Parse(sync.Groups[5].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(left, 0, total);
                var percent = double.Parse(sync.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.InRange(percent - (100.0 * (total - left) / total), -0.2, 0.2);
                // drbd_proc.c: x = permille / 50, then x - 1 '=', a '>', 20 - x '.' (21 wide only at x = 0).
                Assert.InRange(sync.Groups[1].Length + sync.Groups[2].Length + 1, 20, 21);
            }
        }
        return minors;
    }

    [Fact]
    public void A_healthy_node_shows_connected_minors_matching_list_drbd()
    {
        var (c, _) = TestClusters.Lab();
        var minors = Parse(c.ProcDrbd("node1.example.com"));
        Assert.Equal("Connected Primary/Secondary UpToDate/UpToDate", minors[0]);
        Assert.Equal("Connected Secondary/Primary UpToDate/UpToDate", minors[1]);
        // down.example.com is stopped: Ganeti has released its devices, so minor 2 is not in /proc/drbd.
        Assert.False(minors.ContainsKey(2));
        var listed = CaptureShape.Lines(c.Run(GanetiQueries.NodeListDrbd("node1.example.com")).Stdout).Select(l => int.Parse(l.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([0, 1, 2], listed);
    }

    [Fact]
    public void A_failover_resyncs_the_new_secondary_to_100_percent_then_it_is_connected_and_up_to_date()
    {
        var (c, clock) = TestClusters.Lab();
        var id = c.Submit(new InstanceFailover("big.example.com").BuildArgv());
        var job = c.WaitForJob(clock, id);
        Assert.Equal(JobStatus.Success, job.Status);
        // big moved node1 -> node2; node1 (old primary, minor 0) catches up as SyncTarget.
        var target = Parse(c.ProcDrbd("node1.example.com"));
        Assert.Equal("SyncTarget Secondary/Primary Inconsistent/UpToDate", target[0]);
        Assert.Equal("SyncSource Primary/Secondary UpToDate/Inconsistent", Parse(c.ProcDrbd("node2.example.com"))[0]);
        var seen = new List<double>();
        for (var i = 0; i < 120; i++)
        {
            var text = c.ProcDrbd("node1.example.com");
            var state = Parse(text)[0];
            if (state.StartsWith("Connected", StringComparison.Ordinal))
            {
                Assert.Equal("Connected Secondary/Primary UpToDate/UpToDate", state);
                Assert.Matches(@"\n 0: cs:Connected[^\n]*\n[^\n]* oos:0\n", text);
                break;
            }
            var m = SyncLine().Match(text.Split('\n').First(l => l.StartsWith("\t[", StringComparison.Ordinal)));
            seen.Add(double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.NotEmpty(seen);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal("Connected Primary/Secondary UpToDate/UpToDate", Parse(c.ProcDrbd("node2.example.com"))[0]);
        Assert.Equal("big.example.com|running|node2.example.com|node1.example.com",
            c.Run("gnt-instance", "list", "--no-headers", "--separator=|", "-o", "name,status,pnode,snodes", "big").Stdout.TrimEnd());
    }

    [Fact]
    public void Replace_disks_with_a_new_secondary_moves_the_minor_and_fully_resyncs_it()
    {
        var (c, clock) = TestClusters.Lab();
        var id = c.Submit(new InstanceReplaceDisks("big.example.com", ReplaceDisksMode.NewSecondary, newSecondary: "node3.example.com").BuildArgv());
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal("node3.example.com|0|down.example.com|disk/0|primary|node1.example.com\nnode3.example.com|1|big.example.com|disk/0|secondary|node1.example.com\n",
            c.Run(GanetiQueries.NodeListDrbd("node3.example.com")).Stdout);
        Assert.DoesNotContain("big.example.com", c.Run(GanetiQueries.NodeListDrbd("node2.example.com")).Stdout, StringComparison.Ordinal);
        var text = c.ProcDrbd("node3.example.com");
        Assert.Equal("SyncTarget Secondary/Primary Inconsistent/UpToDate", Parse(text)[1]);
        // 8 GiB is over DRBD's 4 GiB threshold: sizes print in M.
        Assert.Matches(@"\(\d+/8192\)M\n\tfinish: ", text);
        var job = c.WaitForJob(clock, id, maxSeconds: 1200);
        Assert.Equal(JobStatus.Success, job.Status);
        var log = job.Log.Select(e => e.Message).ToList();
        Assert.Equal("STEP 1/6 Check device existence", log[3]);
        Assert.Contains(log, l => Regex.IsMatch(l, @"^ - INFO: - device disk/0: [ \d]\d\.\d\d% done, (\d+m )?\d+s remaining \(estimated\)$"));
        Assert.Contains(" - INFO: Instance big.example.com's disks are in sync", log);
        Assert.Equal("STEP 6/6 Removing old storage", log[^2]);
        Assert.Equal("Connected Secondary/Primary UpToDate/UpToDate", Parse(c.ProcDrbd("node3.example.com"))[1]);
    }

    [Fact]
    public void An_offline_node_leaves_its_peers_waiting_and_resyncs_when_it_returns()
    {
        var (c, clock) = TestClusters.Lab();
        c.WaitForJob(clock, c.Submit(new NodeSetOffline("node2.example.com", true).BuildArgv()));
        var node1 = Parse(c.ProcDrbd("node1.example.com"));
        Assert.Equal("WFConnection Primary/Unknown UpToDate/DUnknown", node1[0]);
        Assert.Equal("WFConnection Secondary/Unknown UpToDate/DUnknown", node1[1]);
        Assert.Equal("node2.example.com|*|*|*|*|*|2|1|Y|N|N|O", c.Run("gnt-node", "list", "--no-headers", "--separator=|", "-o",
            "name,dtotal,dfree,mtotal,mnode,mfree,pinst_cnt,sinst_cnt,offline,drained,master_candidate,role", "node2").Stdout.TrimEnd());
        clock.Advance(TimeSpan.FromMinutes(2));
        var oos = long.Parse(Regex.Match(c.ProcDrbd("node1.example.com"), @"oos:(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(oos > 0, "the primary keeps writing while its peer is away");
        c.WaitForJob(clock, c.Submit(new NodeSetOffline("node2.example.com", false).BuildArgv()));
        clock.Advance(c.Options.DevicesReturnAfter);
        Assert.Equal("SyncSource Primary/Secondary UpToDate/Inconsistent", Parse(c.ProcDrbd("node1.example.com"))[0]);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("Connected Primary/Secondary UpToDate/UpToDate", Parse(c.ProcDrbd("node1.example.com"))[0]);
        Assert.Equal("Connected Secondary/Primary UpToDate/UpToDate", Parse(c.ProcDrbd("node2.example.com"))[0]);
    }

    [Fact]
    public void A_node_that_dies_unannounced_reads_as_no_data()
    {
        var (c, _) = TestClusters.Lab();
        c.PowerOff("node2.example.com");
        Assert.Equal("node2.example.com|?|?|N|C", c.Run("gnt-node", "list", "--no-headers", "--separator=|", "-o", "name,mfree,dfree,offline,role", "node2").Stdout.TrimEnd());
        Assert.Equal("small.example.com|ERROR_nodedown|?|?", c.Run("gnt-instance", "list", "--no-headers", "--separator=|", "-o", "name,status,oper_state,oper_ram", "small").Stdout.TrimEnd());
        Assert.StartsWith("WFConnection", Parse(c.ProcDrbd("node1.example.com"))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_stalled_resync_says_so_and_its_finish_estimate_grows()
    {
        var (c, clock) = TestClusters.Lab();
        c.Submit(new InstanceReplaceDisks("big.example.com", ReplaceDisksMode.Secondary).BuildArgv());
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("(stalled)", c.ProcDrbd("node2.example.com"), StringComparison.Ordinal);
        c.StallResyncs("node2.example.com", TimeSpan.FromSeconds(60));
        clock.Advance(TimeSpan.FromSeconds(30));
        var text = c.ProcDrbd("node2.example.com");
        Parse(text);
        Assert.Contains(" K/sec (stalled)\n", text, StringComparison.Ordinal);
        var before = c.ProcDrbd("node2.example.com");
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(Regex.Match(before, @"sync'ed:.*").Value, Regex.Match(c.ProcDrbd("node2.example.com"), @"sync'ed:.*").Value);
        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.DoesNotContain("(stalled)", c.ProcDrbd("node2.example.com"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sampling_stream_delivers_one_capture_per_interval_with_its_marker()
    {
        var (c, clock) = TestClusters.Lab();
        var shell = c.OpenShell("node1.example.com");
        var lines = new List<string>();
        using var cts = new CancellationTokenSource();
        var stream = shell.StreamAsync(DrbdQueries.SampleStream(TimeSpan.FromSeconds(1)), l =>
        {
            lines.Add(l);
            return ValueTask.CompletedTask;
        }, cts.Token);
        clock.Advance(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream);
        var samples = new List<string>();
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line == DrbdQueries.SampleEndMarker)
            {
                samples.Add(string.Join('\n', current) + "\n");
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }
        // One capture at once, then one per simulated second.
        Assert.Equal(11, samples.Count);
        Assert.Empty(current);
        Assert.All(samples, s => Parse(s));
    }

    [Fact]
    public void A_DRBD_migration_passes_through_StandAlone_and_dual_primary()
    {
        var (c, clock) = TestClusters.Lab();
        c.Submit(new InstanceMigrate("small.example.com").BuildArgv());
        var states = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var text = c.ProcDrbd("node2.example.com");
            // small's primary device on node2 is minor 1.
            var minor1 = text.Split('\n').First(l => l.StartsWith(" 1:", StringComparison.Ordinal));
            if (states.Count == 0 || states[^1] != minor1)
            {
                states.Add(minor1);
            }
            clock.Advance(TimeSpan.FromMilliseconds(25));
        }
        Assert.Equal(" 1: cs:Connected ro:Primary/Secondary ds:UpToDate/UpToDate C r-----", states[0]);
        Assert.Contains(" 1: cs:StandAlone ro:Primary/Unknown ds:UpToDate/DUnknown   r-----", states);
        Assert.Contains(" 1: cs:Connected ro:Primary/Primary ds:UpToDate/UpToDate C r-----", states);
        Assert.Equal(" 1: cs:Connected ro:Secondary/Primary ds:UpToDate/UpToDate C r-----", states[^1]);
    }

    [Fact]
    public void A_split_brain_leaves_both_sides_StandAlone_until_the_instance_moves()
    {
        var (c, clock) = TestClusters.Lab();
        c.BreakDrbdConnection("big.example.com");
        Assert.Equal("StandAlone Primary/Unknown UpToDate/DUnknown", Parse(c.ProcDrbd("node1.example.com"))[0]);
        Assert.Equal("StandAlone Secondary/Unknown UpToDate/DUnknown", Parse(c.ProcDrbd("node2.example.com"))[0]);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Matches(@"oos:[1-9]\d*\n", c.ProcDrbd("node1.example.com"));
        var job = c.WaitForJob(clock, c.Submit(new InstanceFailover("big.example.com").BuildArgv()));
        Assert.Equal(JobStatus.Error, job.Status);
        Assert.Equal("Disk 0 is degraded on target node, aborting failover", job.Error!.Message);
        c.WaitForJob(clock, c.Submit(new InstanceReboot("big.example.com", "", RebootType.Full).BuildArgv()));
        Assert.StartsWith("SyncSource", Parse(c.ProcDrbd("node1.example.com"))[0], StringComparison.Ordinal);
    }
}
