using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote.Sshd;

/// <summary>
/// Host keys are verified whatever the user's ssh_config says, and a shared connection is never
/// reused by a destination whose own known_hosts did not approve it (issue 15, item 3).
/// </summary>
public sealed class HostKeyTrustTests : IClassFixture<LoopbackSshdFixture>
{
    private readonly LoopbackSshd _sshd;

    public HostKeyTrustTests(LoopbackSshdFixture fixture)
    {
        _sshd = fixture.Server;
        Assert.True(_sshd.Unavailable is null, _sshd.Unavailable);
    }

    private string NewControlDirectory() => Path.Combine(_sshd.Dir, "ctl-" + Guid.NewGuid().ToString("N")[..6]);

    private static string Config(string knownHosts, string strict) => $"""
        Host 127.0.0.1
          Port {"{port}"}
          IdentityFile {"{id}"}
          IdentitiesOnly yes
          UserKnownHostsFile {knownHosts}
          GlobalKnownHostsFile /dev/null
          StrictHostKeyChecking {strict}
        """;

    [SshdTheory]
    [InlineData("no")]
    [InlineData("accept-new")]
    [InlineData("off")]
    public async Task A_changed_host_key_is_refused_even_when_the_users_config_weakens_checking(string strict)
    {
        await using var shell = _sshd.ShellWithConfig("root@127.0.0.1", Config(_sshd.WrongKnownHosts, strict), NewControlDirectory());
        var sessions = _sshd.AcceptedSessions();

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(RemoteFailure.HostKeyVerificationFailed, e.Failure);
        Assert.Equal(sessions, _sshd.AcceptedSessions()); // the server never let a session in
    }

    [SshdTheory]
    [InlineData("no")]
    [InlineData("accept-new")]
    public async Task An_unknown_host_is_refused_not_learned_and_the_message_says_how_to_add_its_key(string strict)
    {
        var known = Path.Combine(_sshd.Dir, "known_hosts.fresh-" + Guid.NewGuid().ToString("N")[..6]);
        File.WriteAllText(known, "");
        await using var shell = _sshd.ShellWithConfig("root@127.0.0.1", Config(known, strict), NewControlDirectory());
        var sessions = _sshd.AcceptedSessions();

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(RemoteFailure.HostKeyVerificationFailed, e.Failure);
        Assert.Equal(sessions, _sshd.AcceptedSessions());
        Assert.Equal("", File.ReadAllText(known));
        Assert.Contains("ssh-keyscan", e.Message, StringComparison.Ordinal);
        Assert.Contains("known_hosts", e.Message, StringComparison.Ordinal);
    }

    [SshdFact]
    public async Task A_second_alias_for_the_same_address_does_not_ride_on_a_connection_its_known_hosts_never_approved()
    {
        // One user config, two aliases for one address: "trusted" knows the host key, "stranger" does not.
        var controlDirectory = NewControlDirectory();
        var config = Path.Combine(_sshd.Dir, "ssh_config.aliases-" + Guid.NewGuid().ToString("N")[..6]);
        var body = $"""
            Host trusted
              HostName 127.0.0.1
              UserKnownHostsFile {"{known}"}
            Host stranger
              HostName 127.0.0.1
              UserKnownHostsFile {_sshd.EmptyKnownHosts}
            Host *
              Port {"{port}"}
              IdentityFile {"{id}"}
              IdentitiesOnly yes
              GlobalKnownHostsFile /dev/null
              StrictHostKeyChecking no
            """;
        await using var trusted = _sshd.ShellWithConfig("root@trusted", body, controlDirectory, config);
        await using var stranger = _sshd.ShellWithConfig("root@stranger", body, controlDirectory, config);

        var ok = await trusted.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.Equal(0, ok.ExitCode);
        Assert.True(await trusted.IsMultiplexedAsync(CancellationToken.None));

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => stranger.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Equal(RemoteFailure.HostKeyVerificationFailed, e.Failure);
    }

    [Theory]
    [InlineData("StrictHostKeyChecking=no")]
    [InlineData("StrictHostKeyChecking accept-new")]
    [InlineData("stricthostkeychecking=off")]
    [InlineData("StrictHostKeyChecking=ask")]
    public void Options_that_weaken_host_key_checks_are_refused(string option)
    {
        Assert.Throws<ArgumentException>(() => new OpenSshShell(new SshOptions { Target = "root@127.0.0.1", ExtraOptions = [option] }));
    }

    [Fact]
    public void Every_ssh_call_demands_strict_host_key_checking_before_any_user_option()
    {
        var shell = new OpenSshShell(new SshOptions { Target = "root@127.0.0.1", ExtraOptions = ["UserKnownHostsFile=/tmp/k"], ControlDirectory = Path.Combine(Path.GetTempPath(), "gnt-tui-argv-test") });

        var argv = shell.BuildSshArgv(["true"]);

        var strict = argv.ToList().IndexOf("StrictHostKeyChecking=yes");
        Assert.True(strict > 0 && argv[strict - 1] == "-o", string.Join(' ', argv));
        Assert.True(strict < argv.ToList().IndexOf("UserKnownHostsFile=/tmp/k"));
    }

    [Fact]
    public void The_control_socket_differs_by_alias_config_and_known_hosts()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gnt-tui-argv-test");
        string Socket(SshOptions o) => new OpenSshShell(o).BuildSshArgv(["true"]).Single(a => a.StartsWith("ControlPath=", StringComparison.Ordinal));
        var a = new SshOptions { Target = "root@a", ControlDirectory = dir };

        Assert.NotEqual(Socket(a), Socket(a with { Target = "root@b" }));
        Assert.NotEqual(Socket(a), Socket(a with { ConfigFile = "/tmp/other_config" }));
        Assert.NotEqual(Socket(a), Socket(a with { ExtraOptions = ["UserKnownHostsFile=/tmp/k"] }));
        Assert.NotEqual(Socket(a), Socket(a with { TrustScope = "profile prod" }));
        Assert.Equal(Socket(a), Socket(a with { }));
    }
}
