using System.Diagnostics;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;
using GntTui.Engine.Tests.Remote.Sshd;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests.Hostile;

/// <summary>
/// 10,000 hostile names through every path that builds a remote command, against a real sshd that
/// records the exact command string it received: each argument arrives as the exact bytes meant,
/// or the name was refused by validation before anything was sent. No third outcome.
/// </summary>
public sealed class HostileNameTests : IClassFixture<RecordingSshd>
{
    private const int Names = 10_000;
    private const int Seed = 15_001;
    private const int BatchSample = 500;
    private readonly RecordingSshd _sshd;
    private readonly ITestOutputHelper _output;

    public HostileNameTests(RecordingSshd sshd, ITestOutputHelper output)
    {
        _sshd = sshd;
        _output = output;
        Assert.True(sshd.Server.Unavailable is null, sshd.Server.Unavailable);
        File.Delete(HostileNames.Canary);
    }

    [SshdFact]
    public async Task Ten_thousand_hostile_names_arrive_as_the_exact_bytes_or_are_refused_before_sending()
    {
        var clock = Stopwatch.StartNew();
        var names = HostileNames.Generate(Names, Seed);
        var attempts = names.SelectMany(HostileCommands.For).ToList();
        var sent = attempts.Where(a => a.Argv is not null).ToList();
        await using var shell = _sshd.Server.Shell();
        _sshd.ForgetCommands();

        var exact = 0;
        var wrong = new List<string>();
        var sessions = 0;
        foreach (var chunk in QuotedLines.Chunks(sent.Select(a => a.Argv!)))
        {
            var r = await shell.RunAsync(QuotedLines.Argv(chunk), TimeSpan.FromMinutes(2), CancellationToken.None);
            sessions++;
            Assert.True(r.ExitCode == 0, r.Stderr);
            var arrived = QuotedLines.Arrived(r.Stdout);
            Assert.Equal(chunk.Count, arrived.Count);
            for (var i = 0; i < chunk.Count; i++)
            {
                if (arrived[i].SequenceEqual(chunk[i]))
                {
                    exact++;
                }
                else
                {
                    wrong.Add($"sent [{string.Join(", ", chunk[i].Select(NameValidator.Printable))}], arrived [{string.Join(", ", arrived[i].Select(NameValidator.Printable))}]");
                }
            }
        }
        var received = _sshd.ReceivedCommands().Count;

        // The batch path proper (concurrent subshells, framed output) on a sample: it costs processes per command.
        var batchExact = 0;
        foreach (var chunk in sent.Take(BatchSample).Chunk(100))
        {
            var results = await shell.RunBatchAsync(chunk.Select(a => a.Argv!).ToList(), TimeSpan.FromMinutes(2), CancellationToken.None);
            for (var i = 0; i < chunk.Length; i++)
            {
                // The batch adds one newline after each command's stderr.
                var stderr = results[i].Stderr.EndsWith("\0\n", StringComparison.Ordinal) ? results[i].Stderr[..^1] : results[i].Stderr;
                if (RecordingSshd.ArgvOf(stderr).SequenceEqual(chunk[i].Argv!))
                {
                    batchExact++;
                }
                else
                {
                    wrong.Add($"batch: {chunk[i].Path}: sent [{string.Join(", ", chunk[i].Argv!.Select(NameValidator.Printable))}], arrived [{NameValidator.Printable(stderr)}]");
                }
            }
        }

        var refused = attempts.Count - sent.Count;
        var paths = attempts.GroupBy(a => a.Path).Select(g => $"{g.Key} {g.Count(a => a.Argv is not null)}/{g.Count()}");
        Figures.Record(_output, "hostile names (batch)", $"{names.Count} names, {attempts.Count} attempts over {attempts.Select(a => a.Path).Distinct().Count()} paths: "
            + $"{exact} arrived exact (in {sessions} ssh sessions, {received} command strings recorded by the server), {refused} refused before sending, "
            + $"batch path sample {batchExact}/{Math.Min(BatchSample, sent.Count)} exact, {wrong.Count} wrong, canary {(File.Exists(HostileNames.Canary) ? "CREATED" : "absent")}, {clock.Elapsed.TotalSeconds:F1} s");
        _output.WriteLine("sent/attempted per path: " + string.Join("; ", paths));
        Assert.Empty(wrong);
        Assert.Equal(attempts.Count, exact + refused);
        Assert.False(File.Exists(HostileNames.Canary), "a hostile name ran as a command");
        Assert.Equal(Math.Min(BatchSample, sent.Count), batchExact);
        Assert.True(exact > 5_000, $"only {exact} commands were sent: the test would prove little");
    }

    /// <summary>
    /// The submit path proper (one ssh command per operation, as the console sends it, audited):
    /// the server received exactly the command line the audit row holds, and each word as meant.
    /// </summary>
    [SshdFact]
    public async Task Hostile_reasons_submitted_one_by_one_reach_the_master_exactly_as_audited()
    {
        var clock = Stopwatch.StartNew();
        var reasons = HostileNames.Generate(Names, Seed).Where(n => Engine.Ganeti.Operations.ReasonText.Problem(n) is null).Take(200).ToList();
        await using var shell = _sshd.Server.Shell();
        var statePath = Path.Combine(_sshd.Server.Dir, "state-" + Guid.NewGuid().ToString("N")[..6] + ".db");
        using var store = new StateStore(statePath);
        var audit = new AuditLog(store);
        var runner = new OperationRunner(new GanetiClient(shell), audit, "hostile.example.com");
        _sshd.ForgetCommands();

        var wrong = new List<string>();
        foreach (var reason in reasons)
        {
            var sent = await runner.SubmitAsync(new Engine.Ganeti.Operations.InstanceReboot("inst1.example.com", reason), CancellationToken.None);
            Assert.Equal(4242, sent.JobId);
        }
        var received = _sshd.ReceivedCommands().Where(c => c.StartsWith("gnt-instance", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in audit.Recent(1000))
        {
            if (!received.Contains(row.Command))
            {
                wrong.Add("not received as audited: " + NameValidator.Printable(row.Command));
            }
        }

        Figures.Record(_output, "hostile reasons (submit path)", $"{reasons.Count} reasons submitted one ssh command each: {received.Count} command strings received, "
            + $"{received.Count - wrong.Count} equal to their audit row, {wrong.Count} not, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Empty(wrong);
        Assert.Equal(reasons.Count, received.Count);
        Assert.False(File.Exists(HostileNames.Canary), "a hostile reason ran as a command");
    }

    /// <summary>
    /// Hostile ssh destinations (a profile's host, the nodes' names behind it): refused by the
    /// shell's own validation, refused by ssh, or connected with the command intact; never a command
    /// of theirs on the server.
    /// </summary>
    [SshdFact]
    public async Task Hostile_ssh_destinations_are_refused_or_carry_only_our_command()
    {
        var names = HostileNames.Generate(Names, Seed);
        var config = Path.Combine(_sshd.Server.Dir, "ssh_config.any-host");
        File.WriteAllText(config, $"""
            Host *
              HostName 127.0.0.1
              User root
              Port {_sshd.Server.Port}
              IdentityFile {Path.Combine(_sshd.Server.Dir, "id")}
              IdentitiesOnly yes
              UserKnownHostsFile {_sshd.Server.KnownHosts}
              GlobalKnownHostsFile /dev/null
            """);
        int refusedByUs = 0, refusedBySsh = 0, connectedExact = 0;
        var wrong = new List<string>();
        var tried = 0;
        foreach (var name in names)
        {
            OpenSshShell shell;
            try
            {
                shell = new OpenSshShell(new SshOptions { Target = name, ConfigFile = config, ControlDirectory = Path.Combine(_sshd.Server.Dir, "ctl-dest"), ConnectTimeout = TimeSpan.FromSeconds(5) });
            }
            catch (ArgumentException)
            {
                refusedByUs++;
                continue;
            }
            if (tried++ >= 60)
            {
                continue; // validated only (no connection was opened, so none to close): a real one costs a handshake
            }
            await using (shell)
            {
                var before = _sshd.Server.AcceptedSessions();
                CommandResult? r = null;
                try
                {
                    r = await shell.RunAsync(["gnt-cluster", "info"], TimeSpan.FromSeconds(20), CancellationToken.None);
                }
                catch (RemoteShellException)
                {
                }
                var sessions = _sshd.Server.AcceptedSessions() - before;
                if (r is not null && RecordingSshd.ArgvOf(r.Stderr).SequenceEqual((string[])["gnt-cluster", "info"]))
                {
                    connectedExact++;
                }
                else if (sessions == 0)
                {
                    refusedBySsh++; // ssh's own refusal ("hostname contains invalid characters"): no session at all
                }
                else
                {
                    wrong.Add($"{NameValidator.Printable(name)}: {sessions} session(s), {NameValidator.Printable(r?.Stderr)}");
                }
            }
        }

        Figures.Record(_output, "hostile ssh destinations", $"{names.Count} destinations: {refusedByUs} refused by validation, "
            + $"{Math.Min(tried, 60)} of the rest tried for real: {connectedExact} connected with our command intact, {refusedBySsh} refused by ssh, {wrong.Count} wrong");
        Assert.Empty(wrong);
        Assert.False(File.Exists(HostileNames.Canary), "a hostile destination ran as a command");
    }
}
