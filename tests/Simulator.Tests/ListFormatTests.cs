using GntTui.Engine.Ganeti;
using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>The list commands answer in the shapes of the real Ganeti 3.0.2 captures (ganeti-lab/outputs).</summary>
public class ListFormatTests
{
    // 06-gnt-node-list-fields.txt, 44-…-node3-offline.txt, 60-…-node2-drained.txt
    private static readonly string[] NodeCapture =
    [
        "node1.example.com|258019|79605|24105|624|22982|2|0|N|N|Y|M",
        "node2.example.com|258019|79605|24105|624|22726|2|0|N|N|Y|C",
        "node3.example.com|*|*|*|*|*|3|0|Y|N|N|O",
        "node2.example.com|258019|79604|24105|631|22424|3|0|N|Y|N|D",
    ];

    private static readonly string[] NodeCaptureArgv =
        ["gnt-node", "list", "--no-headers", "--separator=|", "-o", "name,dtotal,dfree,mtotal,mnode,mfree,pinst_cnt,sinst_cnt,offline,drained,master_candidate,role"];

    // 12-, 20-, 45-/66-gnt-instance-list-*.txt (oper_state/oper_ram of a node-offline instance are "*").
    private static readonly string[] InstanceCapture =
    [
        "inst1.example.com|running|Y|up|node1.example.com||diskless|128|1|128",
        "inst3.example.com|running|Y|up|node3.example.com||sharedfile|256|2|256",
        "inst4.example.com|ADMIN_down|N|down|node2.example.com||diskless|512|1|-",
        "inst6.example.com|ERROR_down|N|up|node3.example.com||sharedfile|384|1|-",
        "inst1.example.com|ERROR_nodeoffline|*|up|node3.example.com||diskless|128|1|*",
    ];

    private static readonly string[] InstanceCaptureArgv =
        ["gnt-instance", "list", "-o", "name,status,oper_state,admin_state,pnode,snodes,disk_template,be/memory,be/vcpus,oper_ram", "--no-headers", "--separator=|"];

    // 72-gnt-job-list-fields-no-headers.txt
    private static readonly string[] JobCapture =
    [
        "1|success|CLUSTER_POST_INIT|[1795266172, 915152]|[1795266173, 89503]|[1795266173, 150088]",
        "38|success|INSTANCE_MIGRATE(inst1.example.com)|[1795266261, 598261]|[1795266262, 105754]|[1795266263, 459786]",
        "55|error|INSTANCE_MIGRATE(inst4.example.com)|[1795266288, 816846]|[1795266289, 333901]|[1795266289, 679924]",
    ];

    [Fact]
    public void Node_list_fields_have_the_captures_shape_also_offline_and_drained()
    {
        var (c, clock) = TestClusters.Lab();
        CaptureShape.AssertMatches(NodeCapture, CaptureShape.Lines(c.Run(NodeCaptureArgv).Stdout));
        c.Submit(["gnt-node", "modify", "-f", "--submit", "-O", "yes", "node3.example.com"]);
        c.Submit(["gnt-node", "modify", "-f", "--submit", "--drained", "yes", "node2.example.com"]);
        clock.Advance(TimeSpan.FromSeconds(10));
        var lines = CaptureShape.Lines(c.Run(NodeCaptureArgv).Stdout);
        CaptureShape.AssertMatches(NodeCapture, lines);
        Assert.Equal("node3.example.com|*|*|*|*|*|2|0|Y|N|N|O", lines[2]);
        Assert.EndsWith("|N|Y|N|D", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_node_query_gives_thirteen_fields_per_node()
    {
        var (c, _) = TestClusters.Demo();
        var lines = CaptureShape.Lines(c.Run(GanetiQueries.NodeList()).Stdout);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Equal(GanetiQueries.NodeFields.Count, l.Split('|').Length));
        Assert.Equal("node1.example.com|M|N|N|Y", string.Join('|', lines[0].Split('|').Take(5)));
        Assert.Equal("default", lines[0].Split('|')[^1]);
    }

    [Fact]
    public void Instance_list_fields_have_the_captures_shape()
    {
        var (c, clock) = TestClusters.Lab();
        // DRBD instances name their secondary in snodes; the lab had none, so "host" is added for that column.
        var snodes = new Dictionary<int, string[]> { [5] = ["host"] };
        CaptureShape.AssertMatches(InstanceCapture, CaptureShape.Lines(c.Run(InstanceCaptureArgv).Stdout), snodes);
        c.Submit(["gnt-node", "modify", "-f", "--submit", "-O", "yes", "node3.example.com"]);
        clock.Advance(TimeSpan.FromSeconds(10));
        var lines = CaptureShape.Lines(c.Run(InstanceCaptureArgv).Stdout);
        CaptureShape.AssertMatches(InstanceCapture, lines, snodes);
        Assert.Contains("fat.example.com|ERROR_nodeoffline|*|up|node3.example.com||sharedfile|6656|4|*", lines);
        Assert.Contains("down.example.com|ERROR_nodeoffline|*|down|node3.example.com|node1.example.com|drbd|1536|1|*", lines);
    }

    [Fact]
    public void Engine_instance_query_matches_the_capture_field_for_field()
    {
        var (c, _) = TestClusters.Demo();
        var lines = CaptureShape.Lines(c.Run(GanetiQueries.InstanceList()).Stdout);
        Assert.Equal(16, lines.Length);
        CaptureShape.AssertMatches(InstanceCapture, lines, new Dictionary<int, string[]> { [5] = ["host"] });
    }

    [Fact]
    public void Job_list_fields_have_the_captures_shape()
    {
        var (c, clock) = TestClusters.Lab();
        var ok = c.Submit(["gnt-instance", "migrate", "-f", "--submit", "small.example.com"]);
        var bad = c.Submit(["gnt-instance", "migrate", "-f", "--submit", "file.example.com"]);
        c.WaitForJob(clock, ok);
        c.WaitForJob(clock, bad);
        var lines = CaptureShape.Lines(c.Run(GanetiQueries.JobList()).Stdout);
        CaptureShape.AssertMatches(JobCapture, lines);
        Assert.Equal($"{ok}|success|INSTANCE_MIGRATE(small.example.com)", string.Join('|', lines[0].Split('|').Take(3)));
        Assert.StartsWith($"{bad}|error|INSTANCE_MIGRATE(file.example.com)|", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_queued_job_lists_a_dash_for_its_missing_timestamps_as_the_lab_does()
    {
        var (c, _) = TestClusters.Lab();
        var id = c.Submit(["gnt-instance", "reboot", "--submit", "small.example.com"]);
        var line = c.Run(GanetiQueries.JobList()).Stdout.TrimEnd('\n');
        Assert.Matches($@"^{id}\|queued\|INSTANCE_REBOOT\(small\.example\.com\)\|\[\d+, \d+\]\|-\|-$", line);
    }

    [Fact]
    public void Default_lists_have_the_captures_headers_and_alignment()
    {
        var (c, _) = TestClusters.Lab();
        var nodes = CaptureShape.Lines(c.Run("gnt-node", "list").Stdout);
        Assert.Equal("Node              DTotal  DFree MTotal MNode MFree Pinst Sinst", nodes[0]);
        Assert.Matches(@"^node1\.example\.com +\d+\.\dG +\d+\.\dG +8\.0G +512M +\d+\.\dG +\d +\d$", nodes[1]);
        var instances = CaptureShape.Lines(c.Run("gnt-instance", "list").Stdout);
        Assert.Equal(["Instance", "Hypervisor", "OS", "Primary_node", "Status", "Memory"], instances[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^big\.example\.com +kvm +debootstrap\+default node1\.example\.com running +4\.0G$", instances[1]);
        var jobs = c.Run("gnt-job", "list", "-o", "id,status,summary,received_ts,start_ts,end_ts").Stdout;
        Assert.Equal("ID Status Summary Received Start End\n", jobs);
    }

    [Fact]
    public void Unknown_fields_print_question_marks_and_warn_like_Ganeti()
    {
        var (c, _) = TestClusters.Lab();
        var r = c.Run("gnt-node", "list", "--no-headers", "--separator=|", "-o", "name,bogus");
        Assert.Equal(14, r.ExitCode);
        Assert.Equal("Warning: Queried for unknown fields bogus\n", r.Stderr);
        Assert.StartsWith("node1.example.com|??\n", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void List_drbd_has_six_columns_consistent_with_the_instances()
    {
        var (c, _) = TestClusters.Lab();
        var lines = CaptureShape.Lines(c.Run(GanetiQueries.NodeListDrbd("node1.example.com")).Stdout);
        Assert.Equal(
        [
            "node1.example.com|0|big.example.com|disk/0|primary|node2.example.com",
            "node1.example.com|1|small.example.com|disk/0|secondary|node2.example.com",
            "node1.example.com|2|down.example.com|disk/0|secondary|node3.example.com",
        ], lines);
        var table = CaptureShape.Lines(c.Run("gnt-node", "list-drbd", "node2.example.com").Stdout);
        Assert.Equal("Node              Minor Instance          Disk   Role      PeerNode", table[0]);
    }

    [Fact]
    public void Not_the_master_answers_like_capture_79()
    {
        var (c, _) = TestClusters.Lab();
        var r = c.Execute("node2.example.com", GanetiQueries.NodeList());
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Equal(
            "Failure: prerequisites not met for this operation:\nerror type: wrong_input, error details:\n" +
            "This is not the master node, please connect to node 'node1.example.com' and rerun the command\n", r.Stderr);
    }

    [Fact]
    public void Cluster_version_and_info_read_like_Ganeti_3_0_2()
    {
        var (c, _) = TestClusters.Lab();
        Assert.Equal(
            "Software version: 3.0.2\nInternode protocol: 3000000\nConfiguration format: 3000000\nOS api version: 20\n" +
            "Export interface: 0\nVCS version: (ganeti) version v3.0.2\n", c.Run(GanetiQueries.ClusterVersion()).Stdout);
        var info = CaptureShape.Lines(c.Run(GanetiQueries.ClusterInfo()).Stdout);
        Assert.Equal("Cluster name: cluster.example.com", info[0]);
        Assert.Matches(@"^Cluster UUID: [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", info[1]);
        Assert.Matches(@"^Creation time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", info[2]);
        Assert.Equal("Master node: node1.example.com", info[4]);
        Assert.Contains("  enabled disk templates: drbd, plain, file, sharedfile, diskless", info);
    }

    [Fact]
    public void Node_info_has_the_layout_of_capture_10()
    {
        var (c, _) = TestClusters.Lab();
        var lines = c.Run("gnt-node", "info", "node3.example.com").Stdout.Split('\n');
        Assert.Equal("- Node name: node3.example.com", lines[0]);
        Assert.Equal("  primary ip: 198.51.100.13", lines[1]);
        Assert.Equal("  master candidate: True", lines[3]);
        Assert.Equal("  primary for instances: ", lines[8]);
        Assert.Equal("    - down.example.com", lines[9]);
        Assert.Equal("    - fat.example.com", lines[10]);
        Assert.Equal("  secondary for instances: ", lines[11]);
        Assert.Equal("  node parameters: ", lines[12]);
        Assert.Equal("    cpu_speed: default (1)", lines[13]);
    }
}
