using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Info;
using GntTui.Engine.Remote;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Ganeti.Info;

/// <summary>The client's info and console calls against the lab's real answers.</summary>
public class InfoAndConsoleClientTests
{
    [Fact]
    public async Task Info_and_tags_come_in_one_round_trip()
    {
        var shell = new ScriptedShell()
            .On(GanetiQueries.Info(InfoKind.Instance, "inst2.example.com"), Fixture.Ganeti("14"))
            .On(GanetiQueries.ListTags(InfoKind.Instance, "inst2.example.com"), "web\nprod\n");

        var info = await new GanetiClient(shell).InfoAsync(InfoKind.Instance, "inst2.example.com", CancellationToken.None);

        Assert.Equal(1, shell.BatchCalls);
        Assert.Equal(["gnt-instance", "info", "inst2.example.com"], GanetiQueries.Info(InfoKind.Instance, "inst2.example.com"));
        Assert.Equal("inst2.example.com", info.Name);
        Assert.Equal(["web", "prod"], info.Tags);
    }

    [Fact]
    public async Task Garbled_info_is_an_unparseable_error_naming_the_command()
    {
        var shell = new ScriptedShell()
            .On(GanetiQueries.Info(InfoKind.Node, "node1.example.com"), "<html>proxy error</html>\n")
            .On(GanetiQueries.ListTags(InfoKind.Node, "node1.example.com"), "");

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).InfoAsync(InfoKind.Node, "node1.example.com", CancellationToken.None));

        Assert.Equal(GanetiErrorKind.Unparseable, e.Kind);
        Assert.StartsWith("gnt-node info: info output, line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_that_is_not_a_hostname_never_reaches_a_command_line()
    {
        Assert.Throws<ArgumentException>(() => GanetiQueries.Info(InfoKind.Instance, "x; reboot"));
        Assert.Throws<ArgumentException>(() => GanetiQueries.InstanceConsole("-o ProxyCommand=x", showCommand: false));
    }

    [Fact]
    public async Task The_fake_hypervisors_answer_is_a_message_not_a_console()
    {
        var shell = new ScriptedShell().On(GanetiQueries.InstanceConsole("inst1.example.com", showCommand: true), Fixture.Ganeti("97"));

        var answer = await new GanetiClient(shell).AskConsoleAsync("inst1.example.com", CancellationToken.None);

        Assert.Equal(new ConsoleAnswer(false, "Console not available for fake hypervisor"), answer);
    }

    [Fact]
    public async Task An_ssh_command_is_a_console_to_attach_to()
    {
        // _DoConsole for a CONS_SSH console (kvm's serial console) with --show-cmd.
        const string shown = "ssh -oEscapeChar=none -oHashKnownHosts=no -oGlobalKnownHostsFile=/var/lib/ganeti/known_hosts -oUserKnownHostsFile=/dev/null -oCheckHostIp=no -oStrictHostKeyChecking=yes -oBatchMode=yes -t -q root@node1.example.com 'socat STDIO,raw,echo=0,escape=0x1d UNIX-CONNECT:/var/run/ganeti/kvm-hypervisor/ctrl/web1.serial'\n";
        var shell = new ScriptedShell().On(GanetiQueries.InstanceConsole("web1.example.com", showCommand: true), shown);

        var answer = await new GanetiClient(shell).AskConsoleAsync("web1.example.com", CancellationToken.None);

        Assert.True(answer.CanAttach);
    }

    [Fact]
    public async Task An_unknown_instance_is_ganetis_error()
    {
        var shell = new ScriptedShell().On(GanetiQueries.InstanceConsole("nosuch.example.com", showCommand: true), "", 1, Fixture.Ganeti("98"));

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).AskConsoleAsync("nosuch.example.com", CancellationToken.None));

        Assert.Contains("Instance 'nosuch.example.com' does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_runs_through_ssh_t_with_the_same_checks_and_one_quoted_line()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var shell = new OpenSshShell(new SshOptions { Target = "root@cluster.example.com", ControlDirectory = dir, CommandPrefix = ["sudo", "-n"] });

        var argv = shell.BuildSshArgv(GanetiQueries.InstanceConsole("inst1.example.com", showCommand: false), interactive: true);

        Assert.Equal(["ssh", "-t"], argv.Take(2));
        Assert.Contains("StrictHostKeyChecking=yes", argv);
        Assert.Contains("BatchMode=yes", argv);
        Assert.Contains(argv, a => a.StartsWith("ControlPath=" + Path.Combine(dir, "cm-"), StringComparison.Ordinal));
        Assert.Equal(["--", "root@cluster.example.com", "sudo -n gnt-instance console inst1.example.com"], argv.TakeLast(3));
    }

    [Fact]
    public void A_shell_without_a_terminal_to_lend_refuses_the_console()
    {
        var e = Assert.Throws<GanetiException>(() => new GanetiClient(new ScriptedShell()).AttachConsole("inst1.example.com"));

        Assert.Contains("cannot lend a terminal", e.Message, StringComparison.Ordinal);
    }
}
