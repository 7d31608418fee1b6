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

    [Fact]
    public void A_console_killed_with_kill_9_leaves_its_shared_connections_for_seconds_not_minutes()
    {
        var argv = new OpenSshShell(new SshOptions { Target = "master.example.com", ControlDirectory = Path.GetTempPath() + "gnt-tui-keepalive" }).BuildSshArgv(["true"]);

        // Nothing closes a ControlMaster whose console died: it ends ControlPersist after its last
        // command, and with it the session on the node. The lab measured 4 sessions still there 20 s
        // after a kill -9 with 120 s; the console uses its connection every refresh (5 s) anyway.
        var persist = int.Parse(argv.Single(a => a.StartsWith("ControlPersist=", StringComparison.Ordinal))["ControlPersist=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(persist, 6, 15);
    }
}
