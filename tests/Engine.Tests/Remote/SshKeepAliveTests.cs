using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote;

public class SshKeepAliveTests
{
    [Fact]
    public void A_dead_link_is_found_by_ssh_within_fifteen_seconds()
    {
        var argv = new OpenSshShell(new SshOptions { Target = "master.example.com", ControlDirectory = Path.GetTempPath() + "gnt-tui-keepalive" }).BuildSshArgv(["true"]);

        // ssh gives up after CountMax unanswered keep-alives, one every Interval: 5 × 2 = 10 s (plus the one in flight), not 15 × 3 = 45 s.
        Assert.Contains("ServerAliveInterval=5", argv);
        Assert.Contains("ServerAliveCountMax=2", argv);
    }
}
