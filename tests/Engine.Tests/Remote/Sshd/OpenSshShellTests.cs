using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote.Sshd;

public sealed class OpenSshShellTests : IClassFixture<LoopbackSshdFixture>
{
    private readonly LoopbackSshd _sshd;

    public OpenSshShellTests(LoopbackSshdFixture fixture)
    {
        _sshd = fixture.Server;
        Assert.True(_sshd.Unavailable is null, _sshd.Unavailable);
    }

    [SshdFact]
    public async Task Hostile_arguments_arrive_intact_through_ssh_and_the_remote_shell()
    {
        await using var shell = _sshd.Shell();
        string[] args = ["a b", "it's", "$(touch /tmp/pwned)", "`id`", "a;b|c&d", "\"q\"", "--separator=|", "x\ny", "ünï", "*", "~", ""];

        var r = await shell.RunAsync(["printf", "%s\\0", .. args], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Join("", args.Select(a => a + "\0")), r.Stdout);
        Assert.False(File.Exists("/tmp/pwned"));
    }

    [SshdFact]
    public async Task An_unknown_host_key_is_refused()
    {
        await using var shell = _sshd.Shell(knownHosts: _sshd.EmptyKnownHosts);

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(RemoteFailure.HostKeyVerificationFailed, e.Failure);
    }

    [SshdFact]
    public async Task A_changed_host_key_is_refused()
    {
        await using var shell = _sshd.Shell(knownHosts: _sshd.WrongKnownHosts);

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(RemoteFailure.HostKeyVerificationFailed, e.Failure);
        Assert.Contains("changed", e.Message, StringComparison.Ordinal);
    }

    [SshdFact]
    public async Task Nothing_listening_is_connection_refused()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var closedPort = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        await using var shell = _sshd.Shell(port: closedPort);

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(RemoteFailure.ConnectionRefused, e.Failure);
    }

    [SshdFact]
    public async Task Remote_exit_codes_and_stderr_come_back_as_results()
    {
        await using var shell = _sshd.Shell();

        var r = await shell.RunAsync(["sh", "-c", "echo out; echo err >&2; exit 3"], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(3, r.ExitCode);
        Assert.Equal("out\n", r.Stdout);
        Assert.Equal("err\n", r.Stderr);
    }

    [SshdFact]
    public async Task A_remote_command_that_exits_255_is_its_own_exit_not_a_dropped_connection()
    {
        await using var shell = _sshd.Shell();
        await shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None);

        var r = await shell.RunAsync(["sh", "-c", "exit 255"], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal((255, "", ""), (r.ExitCode, r.Stdout, r.Stderr));
        Assert.True(await shell.IsMultiplexedAsync(CancellationToken.None));
    }

    [SshdFact]
    public async Task A_remote_command_killed_by_a_signal_is_its_own_end_not_a_dropped_connection()
    {
        await using var shell = _sshd.Shell();

        // The first command of a shell: the shared connection is being set up by this very run.
        var first = await shell.RunAsync(["sh", "-c", "echo before; kill -KILL $$"], TimeSpan.FromSeconds(30), CancellationToken.None);
        var again = await shell.RunAsync(["sh", "-c", "kill -TERM $$"], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal((255, "before\n"), (first.ExitCode, first.Stdout));
        Assert.Equal(255, again.ExitCode);
        var e = Engine.Ganeti.Parsing.GanetiErrorParser.FromResult(again, "sh -c");
        Assert.Contains("killed by a signal", e.Message, StringComparison.Ordinal);
    }

    [SshdFact]
    public async Task A_connection_killed_under_a_command_is_a_dropped_connection()
    {
        await using var shell = _sshd.Shell();
        await shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None);

        // The shell's parent is the server's session process: killing it cuts the TCP connection.
        var e = await Assert.ThrowsAsync<RemoteShellException>(() =>
            shell.RunAsync(["sh", "-c", "kill -KILL $PPID; sleep 5"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal(RemoteFailure.ConnectionDropped, e.Failure);
    }

    [SshdFact]
    public async Task Commands_after_the_first_share_its_connection()
    {
        await using var shell = _sshd.Shell();
        Assert.False(await shell.IsMultiplexedAsync(CancellationToken.None));

        await shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.True(await shell.IsMultiplexedAsync(CancellationToken.None));
        var results = await shell.RunBatchAsync([["echo", "one"], ["echo", "two"]], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(["one\n", "two\n"], results.Select(r => r.Stdout));
        await shell.DisposeAsync();
        Assert.False(await shell.IsMultiplexedAsync(CancellationToken.None));
    }

    [SshdFact]
    public async Task A_stream_delivers_lines_as_they_come()
    {
        await using var shell = _sshd.Shell();
        var lines = new List<string>();

        var r = await shell.StreamAsync(["sh", "-c", "for i in 1 2 3; do echo line $i; sleep 0.1; done"], l => { lines.Add(l); return ValueTask.CompletedTask; }, CancellationToken.None);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(["line 1", "line 2", "line 3"], lines);
    }

    [SshdFact]
    public async Task A_hanging_command_times_out()
    {
        await using var shell = _sshd.Shell();

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => shell.RunAsync(["sleep", "30"], TimeSpan.FromSeconds(1), CancellationToken.None));

        Assert.Equal(RemoteFailure.Timeout, e.Failure);
    }
}
