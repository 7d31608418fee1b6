using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Info;
using GntTui.Simulator;

namespace GntTui.Lab.Tests;

/// <summary>
/// gnt-instance info / gnt-node info on the real lab: every line Ganeti prints reaches the info
/// pane's sections, and the simulator prints the same layout for the lab's shape of cluster.
/// </summary>
[Collection("lab")]
public partial class LabInfoTests
{
    public static TheoryData<InfoKind, string> Objects => new()
    {
        { InfoKind.Instance, "inst1.example.com" },
        { InfoKind.Instance, "inst2.example.com" },
        { InfoKind.Instance, "inst3.example.com" },
        { InfoKind.Instance, "inst4.example.com" },
        { InfoKind.Instance, "inst5.example.com" },
        { InfoKind.Instance, "inst6.example.com" },
        { InfoKind.Node, "node1.example.com" },
        { InfoKind.Node, "node2.example.com" },
        { InfoKind.Node, "node3.example.com" },
    };

    [GeneratedRegex(@"^(?<indent> *)(?<item>- )?(?:(?<key>[^:]+):(?: (?<value>.*))?|(?<scalar>.*))$")]
    private static partial Regex InfoLine();

    /// <summary>A line's place in the layout without its value: "    - nic/0:", "      MAC:", "    - (scalar)".</summary>
    private static string Skeleton(string line)
    {
        var m = InfoLine().Match(line.TrimEnd());
        return m.Groups["indent"].Value + m.Groups["item"].Value + (m.Groups["key"].Success ? m.Groups["key"].Value + ":" : "(scalar)");
    }

    private static List<string> Lines(string text) => [.. text.Split('\n').Where(l => l.Trim().Length > 0)];

    [LabTheory]
    [MemberData(nameof(Objects))]
    public async Task Every_line_ganeti_prints_is_in_the_panes_sections(InfoKind kind, string name)
    {
        await using var lab = new LabCluster();
        var raw = await LabCluster.BareSshAsync([.. GanetiQueries.Info(kind, name)]);

        var info = await lab.Client.InfoAsync(kind, name, CancellationToken.None);

        Assert.Equal(name, info.Name);
        var fields = info.Sections.SelectMany(s => s.Fields).ToList();
        var headings = info.Sections.Count(s => s.Title != ObjectInfoParser.General);
        // One field per line, except the top-level keys that head a section.
        Assert.Equal(Lines(raw).Count, fields.Count + headings);
        foreach (var line in Lines(raw))
        {
            var m = InfoLine().Match(line.TrimEnd());
            var key = m.Groups["key"].Success ? m.Groups["key"].Value.Trim() : "";
            var value = (m.Groups["key"].Success ? m.Groups["value"].Value : m.Groups["scalar"].Value).Trim();
            Assert.True(fields.Any(f => f.Key == key && f.Value == value) || (value.Length == 0 && info.Sections.Any(s => s.Title != ObjectInfoParser.General)),
                $"'{line}' is in no section");
        }
        Assert.Empty(info.Tags);
    }

    [LabTheory]
    [MemberData(nameof(Objects))]
    public async Task The_simulator_prints_info_in_the_labs_layout(InfoKind kind, string name)
    {
        await using var lab = new LabCluster();
        var real = await lab.Shell.RunAsync(GanetiQueries.Info(kind, name), TimeSpan.FromSeconds(60), CancellationToken.None);
        await using var shell = LabClusterFactory.Create(TimeProvider.System).OpenShell("master");
        var sim = await shell.RunAsync(GanetiQueries.Info(kind, name), TimeSpan.FromSeconds(60), CancellationToken.None);

        Assert.Equal((0, 0), (real.ExitCode, sim.ExitCode));
        var realShape = Lines(real.Stdout).Select(Skeleton).ToList();
        var simShape = Lines(sim.Stdout).Select(Skeleton).ToList();
        if (kind == InfoKind.Node)
        {
            // The instances a node carries move with the other tests; the layout around them must not.
            realShape.RemoveAll(l => l == "    - (scalar)");
            simShape.RemoveAll(l => l == "    - (scalar)");
        }
        Assert.Equal(realShape, simShape);

        var realInfo = ObjectInfoParser.Parse(real.Stdout, kind);
        var simInfo = ObjectInfoParser.Parse(sim.Stdout, kind);
        foreach (var key in (string[])["Disk template", "Hypervisor", "Operating system", "master candidate", "primary ip"])
        {
            Assert.Equal(Value(realInfo, key), Value(simInfo, key));
        }
        Assert.Equal(realInfo.Section("Back-end parameters")?.Fields, simInfo.Section("Back-end parameters")?.Fields);
        Assert.Equal(realInfo.Disks.Select(d => (d.Name, d.Type, d.Size)), simInfo.Disks.Select(d => (d.Name, d.Type, d.Size)));
    }

    [LabFact]
    public async Task The_console_of_a_lab_instance_is_the_fake_hypervisors_message_as_in_the_simulator()
    {
        await using var lab = new LabCluster();
        await using var shell = LabClusterFactory.Create(TimeProvider.System).OpenShell("master");

        var real = await lab.Client.AskConsoleAsync("inst1.example.com", CancellationToken.None);
        var sim = await new GanetiClient(shell).AskConsoleAsync("inst1.example.com", CancellationToken.None);

        Assert.Equal(new ConsoleAnswer(false, "Console not available for fake hypervisor"), real);
        Assert.Equal(real, sim);
        var realError = await Assert.ThrowsAsync<GanetiException>(() => lab.Client.AskConsoleAsync("nosuch.example.com", CancellationToken.None));
        var simError = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).AskConsoleAsync("nosuch.example.com", CancellationToken.None));
        Assert.Equal(realError.Message, simError.Message);
    }

    private static string? Value(ObjectInfo info, string key) => info.Section(ObjectInfoParser.General)!.Fields.FirstOrDefault(f => f.Key == key)?.Value;
}
