using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote;

public class SshErrorClassifierTests
{
    [Theory]
    [InlineData("Host key verification failed.", RemoteFailure.HostKeyVerificationFailed)]
    [InlineData("@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n", RemoteFailure.HostKeyVerificationFailed)]
    [InlineData("root@198.51.100.1: Permission denied (publickey).", RemoteFailure.AuthenticationFailed)]
    [InlineData("ssh: connect to host 127.0.0.1 port 2: Connection refused", RemoteFailure.ConnectionRefused)]
    [InlineData("ssh: connect to host 198.51.100.9 port 22: Connection timed out", RemoteFailure.Timeout)]
    [InlineData("ssh: Could not resolve hostname nosuch.example.com: Name or service not known", RemoteFailure.HostUnreachable)]
    [InlineData("ssh: connect to host 198.51.100.9 port 22: No route to host", RemoteFailure.HostUnreachable)]
    [InlineData("Connection closed by 198.51.100.1 port 22", RemoteFailure.ConnectionDropped)]
    [InlineData("client_loop: send disconnect: Broken pipe", RemoteFailure.ConnectionDropped)]
    public void Names_ssh_failures(string stderr, RemoteFailure expected)
    {
        var e = SshErrorClassifier.Classify("root@x", new CommandResult(255, "", stderr, TimeSpan.Zero));

        Assert.NotNull(e);
        Assert.Equal(expected, e.Failure);
        Assert.StartsWith("ssh root@x: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remote_exit_codes_are_not_transport_failures()
    {
        Assert.Null(SshErrorClassifier.Classify("x", new CommandResult(1, "", "Failure: prerequisites not met", TimeSpan.Zero)));
        Assert.Null(SshErrorClassifier.Classify("x", new CommandResult(255, "", "my script exited 255", TimeSpan.Zero)));
    }

    [Fact]
    public void Host_key_checks_cannot_be_turned_off()
    {
        Assert.Throws<ArgumentException>(() => new OpenSshShell(new SshOptions { Target = "h", ExtraOptions = ["StrictHostKeyChecking=no"] }));
        Assert.Throws<ArgumentException>(() => new OpenSshShell(new SshOptions { Target = "-oProxyCommand=evil" }));
        Assert.Throws<ArgumentException>(() => new OpenSshShell(new SshOptions { Target = "a b" }));
    }

    [Fact]
    public void The_ssh_command_line_multiplexes_and_quotes_once()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var shell = new OpenSshShell(new SshOptions { Target = "root@cluster.example.com", ControlDirectory = dir, CommandPrefix = ["sudo", "-n"] });

        var argv = shell.BuildSshArgv(["gnt-instance", "migrate", "--reason", "why not", "inst1.example.com"]);

        Assert.Equal("ssh", argv[0]);
        Assert.Contains("BatchMode=yes", argv);
        Assert.Contains("ControlMaster=auto", argv);
        Assert.Contains(argv, a => a.StartsWith("ControlPath=" + Path.Combine(dir, "cm-"), StringComparison.Ordinal));
        Assert.Contains("StrictHostKeyChecking=yes", argv);
        Assert.Equal("root@cluster.example.com", argv[^2]);
        Assert.Equal("--", argv[^3]);
        Assert.Equal("sudo -n gnt-instance migrate --reason 'why not' inst1.example.com", argv[^1]);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dir));
    }

    [Fact]
    public void A_silent_255_is_a_dropped_connection_only_when_the_shared_connection_is_gone_too()
    {
        var silent = new CommandResult(255, "", "", TimeSpan.Zero);

        Assert.True(SshErrorClassifier.IsSilent255(silent));
        Assert.Equal(RemoteFailure.ConnectionDropped, SshErrorClassifier.Classify("x", silent)!.Failure);
        Assert.Null(SshErrorClassifier.Classify("x", silent, connectionAlive: true));
        // ssh's own words win over a live control socket.
        Assert.Equal(RemoteFailure.ConnectionDropped,
            SshErrorClassifier.Classify("x", new CommandResult(255, "", "Connection to x closed by remote host.\n", TimeSpan.Zero), connectionAlive: true)!.Failure);
    }
}
