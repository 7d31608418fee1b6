using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

public class DrbdJoinTests
{
    private const string Node1Proc = """
        version: 8.4.3 (api:1/proto:86-101)
         0: cs:Connected ro:Primary/Secondary ds:UpToDate/UpToDate C r-----
            ns:1 nr:0 dw:1 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:0
         1: cs:SyncSource ro:Primary/Secondary ds:UpToDate/Inconsistent C r-----
            ns:1 nr:0 dw:1 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:524288
        	[=========>..........] sync'ed: 50.0% (524288/1048576)K
        	finish: 0:00:08 speed: 65,536 (65,536) K/sec
         2: cs:StandAlone ro:Secondary/Unknown ds:UpToDate/DUnknown   r-----
            ns:0 nr:0 dw:0 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:100
         3: cs:WFConnection ro:Primary/Unknown ds:UpToDate/DUnknown C r-----
            ns:0 nr:0 dw:0 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:100
        """;

    private const string Node2Proc = """
        version: 8.4.3 (api:1/proto:86-101)
         0: cs:Connected ro:Secondary/Primary ds:UpToDate/UpToDate C r-----
            ns:0 nr:1 dw:1 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:0
         1: cs:SyncTarget ro:Secondary/Primary ds:Inconsistent/UpToDate C r-----
            ns:0 nr:1 dw:1 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:524288
        	[=========>..........] sync'ed: 50.0% (524288/1048576)K
        	finish: 0:00:08 speed: 65,536 (65,536) want: 61,440 K/sec
         2: cs:StandAlone ro:Primary/Unknown ds:UpToDate/DUnknown   r-----
            ns:0 nr:0 dw:0 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:100
        """;

    private static readonly DrbdSample Node1 = ProcDrbdParser.Parse(Node1Proc, "node1.example.com", Fixture.Time);
    private static readonly DrbdSample Node2 = ProcDrbdParser.Parse(Node2Proc, "node2.example.com", Fixture.Time);

    private static IReadOnlyList<DrbdMinorMapping> Mappings(params string[] fixtures) =>
        fixtures.SelectMany(f => ListDrbdParser.Parse(Fixture.Text(f))).ToList();

    [Fact]
    public void A_remembered_mapping_list_joins_the_same_as_a_fresh_one_with_new_samples()
    {
        var rows = Mappings("list-drbd_node1.txt", "list-drbd_node2.txt");
        var kept = rows.ToList().AsReadOnly();
        var first = DrbdJoin.Join(kept, [Node1, Node2]);
        var later = ProcDrbdParser.Parse(Node2Proc.Replace("oos:524288", "oos:262144", StringComparison.Ordinal), "node2.example.com", Fixture.Time.AddSeconds(1));

        var again = DrbdJoin.Join(kept, [Node1, later]);

        Assert.Equal(DrbdJoin.Join([.. rows], [Node1, Node2]).Select(Text), first.Select(Text));
        Assert.Equal(DrbdJoin.Join([.. rows], [Node1, later]).Select(Text), again.Select(Text));
        Assert.NotEqual(first.Select(Text), again.Select(Text));
    }

    private static string Text(InstanceDiskSync d) =>
        $"{d.Instance}/{d.DiskIndex} {d.Health} {d.Primary?.Node}:{d.Primary?.Minor}:{d.Primary?.Device?.Counters} {d.Secondary?.Node}:{d.Secondary?.Minor}:{d.Secondary?.Device?.Counters} {d.Secondary?.SampledAt:O} {string.Join(';', d.Notes)}";

    [Fact]
    public void Both_nodes_give_both_sides()
    {
        var disks = DrbdJoin.Join(Mappings("list-drbd_node1.txt", "list-drbd_node2.txt"), [Node1, Node2]);
        Assert.Equal(["inst1.example.com/0", "inst1.example.com/1", "inst2.example.com/0", "inst3.example.com/0"],
            disks.Select(d => $"{d.Instance}/{d.DiskIndex}"));

        var healthy = disks[0];
        Assert.Equal(("node1.example.com", 0, "node2.example.com", 0), (healthy.Primary!.Node, healthy.Primary.Minor!.Value, healthy.Secondary!.Node, healthy.Secondary.Minor!.Value));
        Assert.Equal(DrbdHealth.Healthy, healthy.Health);
        Assert.Equal(DrbdRole.Secondary, healthy.Secondary.Device!.Role);
        Assert.Equal(Fixture.Time, healthy.Secondary.SampledAt);

        var syncing = disks[1];
        Assert.Equal(DrbdHealth.Syncing, syncing.Health);
        Assert.Equal(61440L, syncing.Progress!.WantKiBps);

        var splitBrain = disks[2];
        Assert.Equal(("node2.example.com", "node1.example.com", DrbdHealth.SplitBrain), (splitBrain.Primary!.Node, splitBrain.Secondary!.Node, splitBrain.Health));
        Assert.Equal(["gnt-instance", "replace-disks", "--submit", "-s", "inst2.example.com"], DrbdAdvisor.Advise(splitBrain).Command);

        var peerGone = disks[3];
        Assert.Equal((DrbdHealth.PeerGone, "node3.example.com"), (peerGone.Health, peerGone.Secondary!.Node));
        Assert.Null(peerGone.Secondary.Minor);
        Assert.Null(peerGone.Secondary.Device);
        Assert.Null(peerGone.Secondary.SampledAt);
    }

    [Fact]
    public void One_nodes_mappings_name_the_peer_without_its_minor()
    {
        var disks = DrbdJoin.Join(Mappings("list-drbd_node1.txt"), [Node1, Node2]);
        var inst2 = disks.Single(d => d.Instance == "inst2.example.com");
        Assert.Equal(("node2.example.com", (int?)null), (inst2.Primary!.Node, inst2.Primary.Minor));
        Assert.Equal(Fixture.Time, inst2.Primary.SampledAt);
        Assert.Equal(DrbdHealth.StandAlone, inst2.Health);
    }

    [Fact]
    public void Missing_minor_is_taken_as_unconfigured()
    {
        var mapping = new DrbdMinorMapping("node2.example.com", 7, "inst9.example.com", 0, DrbdRole.Secondary, "node1.example.com");
        var disk = Assert.Single(DrbdJoin.Join([mapping], [Node2]));
        Assert.Equal(DrbdConnectionState.Unconfigured, disk.Secondary!.Device!.Connection);
        Assert.Equal(DrbdHealth.Unconfigured, disk.Health);
        Assert.Single(disk.Notes);
        Assert.Equal(["gnt-instance", "activate-disks", "--submit", "inst9.example.com"], DrbdAdvisor.Advise(disk).Command);
    }

    [Fact]
    public void Newest_sample_of_a_node_wins()
    {
        var older = ProcDrbdParser.Parse(" 0: cs:Unconfigured\n", "node1.example.com", Fixture.Time.AddMinutes(-1));
        var disks = DrbdJoin.Join(Mappings("list-drbd_node1.txt"), [Node1, older]);
        Assert.Equal(DrbdConnectionState.Connected, disks[0].Primary!.Device!.Connection);
    }

    [Fact]
    public void No_samples_no_health()
    {
        var disks = DrbdJoin.Join(Mappings("list-drbd_node1.txt"), []);
        Assert.All(disks, d => Assert.Equal(DrbdHealth.Unknown, d.Health));
    }

    [Fact]
    public void Two_primaries_are_noted()
    {
        var rows = new[]
        {
            new DrbdMinorMapping("a", 0, "i", 0, DrbdRole.Primary, "b"),
            new DrbdMinorMapping("c", 0, "i", 0, DrbdRole.Primary, "b"),
        };
        Assert.Contains(DrbdJoin.Join(rows, []).Single().Notes, n => n.Contains("several", StringComparison.Ordinal));
    }
}
