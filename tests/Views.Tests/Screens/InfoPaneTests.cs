using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Info;
using GntTui.Simulator;
using GntTui.Views.Live;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Screens;

/// <summary>Enter on a node or instance: Ganeti's info in sections under the snapshot's fields; c and y on the object; the desk that answers them.</summary>
public sealed class InfoPaneTests
{
    // Written from gnt_instance._FormatInstanceInfo / _FormatBlockDevInfo for a DRBD instance (the lab has none).
    private const string DrbdInfo = """
        - Instance name: web1.example.com
          UUID: 5f0c7a52-2a31-4c1e-9d7e-0b5b1e3c9a11
          State: configured to be up, actual state is up
          Nodes: 
            - primary: node1.example.com
              group: default (UUID d236327c-2480-43c4-9ffc-12c77c901c15)
            - secondaries: node2.example.com (group default, group UUID d236327c-2480-43c4-9ffc-12c77c901c15)
          Hypervisor: kvm
          Hypervisor parameters: 
            serial_console: default (True)
          Back-end parameters: 
            maxmem: 4096
            vcpus: 2
          NICs: 
            - nic/0: 
              MAC: aa:00:00:35:7e:01
              link: br0
          Disk template: drbd
          Disks: 
            - disk/0: drbd, size 10.0G
              access mode: rw
              nodeA: node1.example.com, minor=0
              nodeB: node2.example.com, minor=3
              port: 11000
              on primary: /dev/drbd0 (147:0) in sync, status ok
              on secondary: /dev/drbd3 (147:3) in sync, status ok
              name: None
              UUID: 0b8c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d41
              child devices: 
                - child 0: plain, size 10.0G
                  logical_id: xenvg/0b8c2d3e.disk0_data
                - child 1: plain, size 128M
                  logical_id: xenvg/0b8c2d3e.disk0_meta
        """;

    private static ConsoleDriver OnWeb1(ConsoleOptions? options = null)
    {
        var console = new ConsoleDriver(options: options, height: 20);
        console.Press("2");
        Assert.True(console.App.ActiveScreen.Reveal("web1.example.com"));
        console.Press("Enter");
        return console;
    }

    [Fact]
    public void Enter_on_an_instance_asks_for_its_info_and_shows_the_sections_when_it_comes()
    {
        var console = OnWeb1();
        Assert.Contains(new ConsoleIntent.LoadInfo(InfoKind.Instance, "web1.example.com"), console.Intents);
        Assert.Contains(console.App.Detail.Lines, l => l.Value == "asking Ganeti…");

        console.Post(new InfoUpdate(InfoKind.Instance, "web1.example.com", ObjectInfoParser.Parse(DrbdInfo, InfoKind.Instance, ["prod", "web"]), null));

        var lines = console.App.Detail.Lines;
        var headings = lines.Where(l => l.IsHeading).Select(l => l.Key).ToList();
        Assert.Equal(["gnt-instance info", "Nodes", "Disks", "NICs", "Hypervisor parameters", "Back-end parameters", "Tags"], headings.SkipWhile(h => h != "gnt-instance info"));
        Assert.Contains(lines, l => l is { Key: "disk/0", Value: "DRBD 10.0G: node1.example.com minor 0 ⇄ node2.example.com minor 3, port 11000", ValueRole: StyleRole.Accent });
        Assert.Contains(lines, l => l is { Key: "  port", Value: "11000" });
        Assert.Contains(lines, l => l is { Key: "      logical_id", Value: "xenvg/0b8c2d3e.disk0_meta" });
        Assert.Contains(lines, l => l is { Key: "  MAC", Value: "aa:00:00:35:7e:01" });
        Assert.Contains(lines, l => l is { Key: "serial_console", Value: "default (True)" });
        Assert.Equal("prod, web", lines[^1].Value);
    }

    [Fact]
    public void The_pane_scrolls_to_the_last_section()
    {
        var console = OnWeb1();
        console.Post(new InfoUpdate(InfoKind.Instance, "web1.example.com", ObjectInfoParser.Parse(DrbdInfo, InfoKind.Instance), null));
        Assert.DoesNotContain("Tags", console.Text(), StringComparison.Ordinal);

        console.Press("G");

        var text = console.Text();
        Assert.True(console.App.Detail.ScrollOffset > 0);
        Assert.Contains("Tags", text, StringComparison.Ordinal);
        Assert.Contains("(none)", text, StringComparison.Ordinal);
        console.Press("g");
        console.Render();
        Assert.Equal(0, console.App.Detail.ScrollOffset);
    }

    [Fact]
    public void Ganetis_refusal_is_said_in_the_pane()
    {
        var console = OnWeb1();

        console.Post(new InfoUpdate(InfoKind.Instance, "web1.example.com", null, "gnt-instance info: info output, line 1: '<html>' is neither 'key: value' nor a '- ' item"));

        Assert.Contains(console.App.Detail.Lines, l => l is { Key: "error", ValueRole: StyleRole.Error } && l.Value.Contains("line 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Y_copies_the_name_and_c_asks_for_the_console_even_read_only()
    {
        var console = OnWeb1(new ConsoleOptions(ConsoleDriver.Dark, ReadOnly: true, IsDemo: false, ClusterLabel: "prod-a"));

        console.Press("y c");

        Assert.Contains(new ConsoleIntent.CopyText("web1.example.com"), console.Intents);
        Assert.Contains(new ConsoleIntent.OpenConsole("web1.example.com"), console.Intents);
        console.Press("Esc c");
        Assert.Equal(2, console.Intents.Count(i => i is ConsoleIntent.OpenConsole));
    }

    [Fact]
    public void Y_on_a_node_copies_its_name()
    {
        var console = new ConsoleDriver();
        console.Press("Enter y");

        Assert.Contains(new ConsoleIntent.CopyText("node1.example.com"), console.Intents);
        Assert.Contains(new ConsoleIntent.LoadInfo(InfoKind.Node, "node1.example.com"), console.Intents);
    }

    [Fact]
    public async Task The_desk_answers_info_and_the_fake_hypervisors_console_from_the_simulator()
    {
        var cluster = LabClusterFactory.Create(TimeProvider.System);
        await using var shell = cluster.OpenShell("master");
        var posted = new BlockingCollection<LoopEvent>();
        var desk = new ObjectDesk(new GanetiClient(shell), posted.Add, handoff: null, CancellationToken.None);

        desk.LoadInfo(InfoKind.Node, "node2.example.com");
        await desk.Pending;
        var info = Assert.IsType<InfoUpdate>(Assert.IsType<LoopEvent.Message>(posted.Take()).Payload);
        Assert.Equal(["inst2.example.com", "inst4.example.com"], info.Info!.Section("Primary instances")!.Fields.Select(f => f.Value));

        desk.OpenConsole("inst1.example.com");
        await desk.Pending;
        var notice = Assert.IsType<Notice>(Assert.IsType<LoopEvent.Message>(posted.Take()).Payload);
        Assert.Equal(new Notice("inst1.example.com: Ganeti answered \"Console not available for fake hypervisor\" (no console to attach to)", ToastLevel.Warning), notice);

        desk.OpenConsole("nosuch.example.com");
        await desk.Pending;
        notice = Assert.IsType<Notice>(Assert.IsType<LoopEvent.Message>(posted.Take()).Payload);
        Assert.Equal(ToastLevel.Error, notice.Level);
        Assert.Contains("Instance 'nosuch.example.com' does not exist", notice.Text, StringComparison.Ordinal);

        desk.Copy("inst1.example.com");
        Assert.Equal(new LoopEvent.TerminalBytes("\e]52;c;aW5zdDEuZXhhbXBsZS5jb20=\a"), posted.Take());
    }
}
