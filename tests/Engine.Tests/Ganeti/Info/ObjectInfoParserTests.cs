using GntTui.Engine.Ganeti.Info;

namespace GntTui.Engine.Tests.Ganeti.Info;

/// <summary>gnt-instance info / gnt-node info as the lab's Ganeti 3.0.2 prints them, and a DRBD instance as Ganeti's formatting code prints it.</summary>
public class ObjectInfoParserTests
{
    private static string DrbdFromSource() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ganeti-source", "gnt-instance-info-drbd.txt"));

    [Theory]
    [InlineData("13", "inst1.example.com", "diskless", 0)]
    [InlineData("14", "inst2.example.com", "file", 1)]
    [InlineData("15", "inst3.example.com", "sharedfile", 1)]
    [InlineData("100", "inst4.example.com", "diskless", 0)]
    public void Reads_every_lab_instance_into_its_sections(string capture, string name, string template, int disks)
    {
        var info = ObjectInfoParser.Parse(Fixture.Ganeti(capture), InfoKind.Instance);

        Assert.Equal(name, info.Name);
        Assert.Equal(["General", "Nodes", "Disks", "NICs", "Hypervisor parameters", "Back-end parameters", "OS parameters"], info.Sections.Select(s => s.Title));
        var general = info.Section("General")!.Fields.ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(template, general["Disk template"]);
        Assert.Equal("fake", general["Hypervisor"]);
        Assert.Equal("configured to be up, actual state is up", general["State"]);
        Assert.Equal(disks, info.Disks.Count);
        Assert.Empty(info.Section("Hypervisor parameters")!.Fields);
        Assert.Contains(new InfoField("vcpus", general["Instance name"] == "inst3.example.com" ? "2" : "1", 0), info.Section("Back-end parameters")!.Fields);
    }

    [Fact]
    public void A_nic_heads_its_own_lines()
    {
        var nics = ObjectInfoParser.Parse(Fixture.Ganeti("13"), InfoKind.Instance).Section("NICs")!.Fields;

        Assert.Equal(new InfoField("nic/0", "", 0), nics[0]);
        Assert.Equal(new InfoField("MAC", "aa:00:00:96:c1:17", 1), nics[1]);
        Assert.Equal(new InfoField("IP", "198.51.100.101", 1), nics[2]);
        Assert.Equal(new InfoField("link", "gntbr0", 1), nics[4]);
        Assert.All(nics.Skip(1), f => Assert.Equal(1, f.Depth));
    }

    [Fact]
    public void A_file_disk_keeps_its_path_and_status()
    {
        var info = ObjectInfoParser.Parse(Fixture.Ganeti("14"), InfoKind.Instance);

        var disk = Assert.Single(info.Disks);
        Assert.Equal(("disk/0", "file", "64M"), (disk.Name, disk.Type, disk.Size));
        Assert.False(disk.IsDrbd);
        Assert.Empty(disk.Ends);
        Assert.EndsWith(".file.disk0 (N/A:N/A)", disk.OnPrimary, StringComparison.Ordinal);
        Assert.Null(disk.OnSecondary);
        Assert.Contains(info.Section("Disks")!.Fields, f => f is { Key: "logical_id", Depth: 1 } && f.Value.StartsWith("['loop', '/srv/gnt-lab/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_drbd_disk_gives_both_minors_its_port_and_its_children()
    {
        var info = ObjectInfoParser.Parse(DrbdFromSource(), InfoKind.Instance);

        Assert.Equal(2, info.Disks.Count);
        var disk = info.Disks[0];
        Assert.True(disk.IsDrbd);
        Assert.Equal("10.0G", disk.Size);
        Assert.Equal([new InfoDrbdEnd("node1.example.com", 0), new InfoDrbdEnd("node2.example.com", 3)], disk.Ends);
        Assert.Equal(11000, disk.Port);
        Assert.Equal("/dev/drbd0 (147:0) *RECOVERING* 42.17%, ETA 95s, status *DEGRADED*", disk.OnPrimary);
        Assert.Equal(11001, info.Disks[1].Port);
        Assert.Equal([new InfoDrbdEnd("node1.example.com", 1), new InfoDrbdEnd("node2.example.com", 4)], info.Disks[1].Ends);

        var fields = info.Section("Disks")!.Fields;
        Assert.Contains(new InfoField("child devices", "", 1), fields);
        Assert.Contains(new InfoField("child 0", "plain, size 10.0G", 2), fields);
        Assert.Contains(new InfoField("logical_id", "xenvg/0b8c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d41.disk0_meta", 3), fields);
        var nodes = info.Section("Nodes")!.Fields;
        Assert.Contains(new InfoField("secondaries", "node2.example.com (group default, group UUID d236327c-2480-43c4-9ffc-12c77c901c15)", 0), nodes);
        Assert.Contains(new InfoField("serial_console", "default (True)", 0), info.Section("Hypervisor parameters")!.Fields);
    }

    [Theory]
    [InlineData("10", "node1.example.com", new[] { "inst1.example.com", "inst6.example.com" })]
    [InlineData("94", "node2.example.com", new[] { "inst2.example.com", "inst4.example.com" })]
    public void Reads_a_lab_node(string capture, string name, string[] primaries)
    {
        var info = ObjectInfoParser.Parse(Fixture.Ganeti(capture), InfoKind.Node);

        Assert.Equal(name, info.Name);
        Assert.Equal(["General", "Primary instances", "Secondary instances", "Node parameters"], info.Sections.Select(s => s.Title));
        Assert.Equal(primaries, info.Section("Primary instances")!.Fields.Select(f => f.Value));
        Assert.Empty(info.Section("Secondary instances")!.Fields);
        Assert.Contains(new InfoField("ssh_port", "default (22)", 0), info.Section("Node parameters")!.Fields);
        Assert.Contains(new InfoField("master candidate", "True", 0), info.Section("General")!.Fields);
    }

    [Fact]
    public void A_key_the_table_does_not_know_gets_its_own_section()
    {
        var text = Fixture.Ganeti("10").TrimEnd() + "\n  future block: \n    knob: 3\n  future flag: yes\n";

        var info = ObjectInfoParser.Parse(text, InfoKind.Node);

        Assert.Equal([new InfoField("knob", "3", 0)], info.Section("future block")!.Fields);
        Assert.Contains(new InfoField("future flag", "yes", 0), info.Section("General")!.Fields);
    }

    [Theory]
    [InlineData("", "does not start with '- Instance name:'")]
    [InlineData("<html>\n<body>oops</body>\n", "line 1")]
    [InlineData("- Instance name: x\n  UUID: 1\n      deep: 2\n", "line 3: indented where nothing above it takes children")]
    [InlineData("  - Instance name: x\n", "the first entry is indented")]
    [InlineData("- Node name: node1\n", "does not start with '- Instance name:'")]
    [InlineData("- Instance name: x\n  Disks: \n    - disk/0: drbd, size 1G\n   port: 3\n", "line 4")]
    public void Garbled_text_is_a_clear_format_error(string text, string expected)
    {
        var e = Assert.Throws<FormatException>(() => ObjectInfoParser.Parse(text, InfoKind.Instance));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_or_shuffled_captures_never_crash()
    {
        var lines = DrbdFromSource().Split('\n');
        var random = new Random(5);
        for (var n = 0; n < 300; n++)
        {
            var cut = lines.Take(random.Next(lines.Length)).Select(l => random.Next(8) == 0 ? l[..random.Next(l.Length + 1)] : l);
            var text = string.Join('\n', random.Next(4) == 0 ? cut.OrderBy(_ => random.Next()) : cut);
            try
            {
                ObjectInfoParser.Parse(text, InfoKind.Instance);
            }
            catch (FormatException)
            {
                // The one way it may fail.
            }
        }
    }
}
