using GntTui.Engine.Drbd;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Drbd;

public sealed class DrbdNodeShellsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-drbd-shells-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Nodes_are_reached_like_the_master_through_one_socket_directory()
    {
        var control = Path.Combine(_dir, "cm");
        await using var shells = DrbdNodeShells.OpenSsh(new SshOptions { Target = "root@cluster.example.com", ControlDirectory = control, CommandPrefix = ["sudo", "-n"] });

        var node1 = Assert.IsType<OpenSshShell>(shells.Get("node1.example.com"));
        var argv = node1.BuildSshArgv(DrbdQueries.SampleStream(TimeSpan.FromSeconds(1)));

        Assert.Same(node1, shells.Get("NODE1.example.com"));
        Assert.NotSame(node1, shells.Get("node2.example.com"));
        Assert.Equal("root@node1.example.com", node1.Target);
        Assert.Contains(argv, a => a.StartsWith("ControlPath=" + Path.Combine(control, "cm-"), StringComparison.Ordinal));
        Assert.Contains("ControlMaster=auto", argv);
        Assert.StartsWith("sudo -n sh -c ", argv[^1], StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => shells.Get("-oProxyCommand=evil"));
    }

    [Fact]
    public void A_master_without_a_user_gives_bare_node_names()
    {
        var shells = DrbdNodeShells.OpenSsh(new SshOptions { Target = "cluster.example.com", ControlDirectory = Path.Combine(_dir, "cm") });
        Assert.Equal("node3.example.com", shells.Get("node3.example.com").Target);
    }
}
