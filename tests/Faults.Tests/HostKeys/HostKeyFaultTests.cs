using GntTui.Engine.Remote;
using GntTui.Engine.Tests.Remote.Sshd;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests.HostKeys;

/// <summary>
/// A changed host key, an unknown one, and user ssh_configs that weaken checking (StrictHostKeyChecking
/// no / accept-new / off, UserKnownHostsFile /dev/null): the loopback sshd's own log counts the
/// sessions it let in. Zero, while the same server with the right key lets ours in at once.
/// </summary>
public sealed class HostKeyFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly LoopbackSshd _sshd = new();

    public void Dispose() => _sshd.Dispose();

    private string Config(string knownHosts, string strict) => $"""
        Host 127.0.0.1
          Port {_sshd.Port}
          IdentityFile {Path.Combine(_sshd.Dir, "id")}
          IdentitiesOnly yes
          UserKnownHostsFile {knownHosts}
          GlobalKnownHostsFile /dev/null
          StrictHostKeyChecking {strict}
        """;

    [SshdFact]
    public async Task No_session_is_made_with_a_changed_or_unknown_key_whatever_the_users_config_says()
    {
        Assert.True(_sshd.Unavailable is null, _sshd.Unavailable);
        var cases = new List<(string What, string KnownHosts, string Strict)>();
        foreach (var strict in new[] { "yes", "no", "accept-new", "off", "ask" })
        {
            cases.Add(("changed key", _sshd.WrongKnownHosts, strict));
            cases.Add(("unknown key", _sshd.EmptyKnownHosts, strict));
            cases.Add(("UserKnownHostsFile /dev/null", "/dev/null", strict));
        }

        var made = 0;
        var refused = 0;
        var wrongly = new List<string>();
        foreach (var (what, knownHosts, strict) in cases)
        {
            // A known_hosts of its own per try, so an accept-new that wrote to it would be seen.
            var known = knownHosts == "/dev/null" ? knownHosts : Path.Combine(_sshd.Dir, "known_hosts." + Guid.NewGuid().ToString("N")[..6]);
            if (known != knownHosts)
            {
                File.Copy(knownHosts, known);
            }
            var before = _sshd.AcceptedSessions();
            await using var shell = _sshd.ShellWithConfig("root@127.0.0.1", Config(known, strict), Path.Combine(_sshd.Dir, "ctl-" + Guid.NewGuid().ToString("N")[..6]));
            try
            {
                await shell.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None);
                wrongly.Add($"{what}, StrictHostKeyChecking {strict}: the command ran");
            }
            catch (RemoteShellException e) when (e.Failure == RemoteFailure.HostKeyVerificationFailed)
            {
                refused++;
            }
            var sessions = _sshd.AcceptedSessions() - before;
            made += sessions;
            if (sessions > 0)
            {
                wrongly.Add($"{what}, StrictHostKeyChecking {strict}: {sessions} session(s) accepted by the server");
            }
            if (known != "/dev/null" && File.ReadAllText(known) != File.ReadAllText(knownHosts))
            {
                wrongly.Add($"{what}, StrictHostKeyChecking {strict}: known_hosts was changed");
            }
        }

        // The control: the right key, and the server lets exactly one session in.
        var control = _sshd.AcceptedSessions();
        await using (var trusted = _sshd.Shell())
        {
            await trusted.RunAsync(["true"], TimeSpan.FromSeconds(30), CancellationToken.None);
        }
        var controlSessions = _sshd.AcceptedSessions() - control;

        Figures.Record(output, "host keys", $"{cases.Count} connection attempts (changed key, unknown key, UserKnownHostsFile /dev/null × StrictHostKeyChecking yes/no/accept-new/off/ask): "
            + $"{refused} refused as host key verification failures, {made} sessions accepted by the server; control with the right key: {controlSessions} session");
        Assert.Empty(wrongly);
        Assert.Equal(cases.Count, refused);
        Assert.Equal(1, controlSessions);
    }
}
