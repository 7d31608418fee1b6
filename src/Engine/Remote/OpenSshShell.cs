using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GntTui.Engine.Remote;

/// <summary>
/// Runs commands on a host through the system OpenSSH client, multiplexed over one ControlMaster
/// connection: a handshake once, then ~20 ms per command instead of ~250 ms. BatchMode means a
/// prompt (password, unknown host key) is a failure, never a hang; host keys are always verified.
/// </summary>
public sealed class OpenSshShell : IRemoteShell, ITerminalShell, IInteractiveShell
{
    private readonly SshOptions _options;
    private readonly string _controlPath;

    public OpenSshShell(SshOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Target) || options.Target.StartsWith('-') || options.Target.Any(char.IsWhiteSpace) || options.Target.Any(char.IsControl))
        {
            throw new ArgumentException($"'{options.Target}' is not an ssh destination", nameof(options));
        }
        // Ours is the first StrictHostKeyChecking ssh sees, so it wins anyway; saying so here is clearer than a silent override.
        if (options.ExtraOptions.FirstOrDefault(o => o.Contains("StrictHostKeyChecking", StringComparison.OrdinalIgnoreCase)) is { } weakening)
        {
            throw new ArgumentException($"'{weakening}': host keys are always checked strictly", nameof(options));
        }
        _options = options;
        var dir = options.ControlDirectory is null ? RuntimeDirectory.Resolve() : RuntimeDirectory.EnsurePrivate(options.ControlDirectory);
        _controlPath = Path.Combine(dir, "cm-" + TrustKey(options));
    }

    /// <summary>
    /// Names the shared connection by everything that decides whether its host key was approved:
    /// the destination as written (an alias has its own known_hosts), the ssh_config, our -o options
    /// and the profile. ssh's %C hashes the resolved host, port and user only, so two aliases for one
    /// address would share a socket that only one of them ever verified.
    /// </summary>
    private static string TrustKey(SshOptions options)
    {
        var scope = string.Join('\0', [options.Target, options.ConfigFile ?? "", options.TrustScope ?? "", .. options.ExtraOptions]);
        // 20 hex digits keep the socket path (plus ssh's 17-character temporary suffix) well under 108 bytes.
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)))[..20];
    }

    public string Target => _options.Target;

    public async Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct)
    {
        var result = await ProcessRunner.RunAsync(BuildSshArgv(argv), timeout, ct).ConfigureAwait(false);
        await ThrowOnTransportFailureAsync(result, ct).ConfigureAwait(false);
        return result;
    }

    public async Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct)
    {
        var prefixed = commands.Select(c => (IReadOnlyList<string>)[.. _options.CommandPrefix, .. c]).ToList();
        var batch = new BatchScript(prefixed);
        var whole = await ProcessRunner.RunAsync(BuildSshArgv(batch.Argv, withPrefix: false), timeout, ct).ConfigureAwait(false);
        await ThrowOnTransportFailureAsync(whole, ct).ConfigureAwait(false);
        if (whole.ExitCode == 255 && !batch.Started(whole))
        {
            // Our script prints its markers even when every command fails: none at all means ssh itself refused.
            throw SshErrorClassifier.NeverStarted(Target, whole);
        }
        return batch.Split(whole);
    }

    public async Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct)
    {
        var result = await ProcessRunner.RunAsync(BuildSshArgv(argv), Timeout.InfiniteTimeSpan, ct, onLine).ConfigureAwait(false);
        await ThrowOnTransportFailureAsync(result, ct).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Runs argv on a remote terminal (<c>ssh -tt</c>) with <paramref name="answer"/> on stdin:
    /// the terminal's line discipline holds the typed-ahead answer until Ganeti reads its question.
    /// </summary>
    public async Task<CommandResult> RunWithTerminalAsync(IReadOnlyList<string> argv, string answer, TimeSpan timeout, CancellationToken ct)
    {
        var result = await ProcessRunner.RunAsync(BuildSshArgv(argv, terminal: true), timeout, ct, standardInput: answer).ConfigureAwait(false);
        await ThrowOnTransportFailureAsync(result, ct).ConfigureAwait(false);
        return result with { Stdout = result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal) };
    }

    /// <summary>
    /// Runs argv with the user's own terminal (<c>ssh -t</c>, stdin and stdout inherited), through the
    /// same options, host-key checks and shared connection as every other command.
    /// </summary>
    public int RunInteractive(IReadOnlyList<string> argv) => ProcessRunner.RunInForeground(BuildSshArgv(argv, interactive: true));

    /// <summary>The full local argv: ssh, its options, the destination, and one quoted remote command line.</summary>
    /// <param name="interactive">A remote terminal for the user's own (<c>-t</c>): the console of an instance.</param>
    public IReadOnlyList<string> BuildSshArgv(IReadOnlyList<string> remoteArgv, bool withPrefix = true, bool terminal = false, bool interactive = false)
    {
        var words = withPrefix ? [.. _options.CommandPrefix, .. remoteArgv] : remoteArgv;
        var argv = new List<string>
        {
            _options.SshPath,
            // -tt: a terminal even though our stdin is a pipe (only for answering a prompt).
            interactive ? "-t" : terminal ? "-tt" : "-T",
            "-o", "BatchMode=yes",
            // Before the user's own config: the first value ssh obtains wins, so "no" or "accept-new" there cannot weaken it.
            "-o", "StrictHostKeyChecking=yes",
        };
        if (_options.Multiplex)
        {
            argv.AddRange(["-o", "ControlMaster=auto", "-o", "ControlPath=" + _controlPath,
                "-o", "ControlPersist=" + ((int)_options.ControlPersist.TotalSeconds).ToString(CultureInfo.InvariantCulture)]);
        }
        else
        {
            argv.AddRange(["-o", "ControlMaster=no", "-o", "ControlPath=none"]);
        }
        argv.AddRange([
            "-o", "ConnectTimeout=" + Math.Max(1, (int)_options.ConnectTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            // A dead link is found in ~10 s (two unanswered keep-alives 5 s apart), not after a command's timeout.
            "-o", "ServerAliveInterval=" + Math.Max(1, (int)_options.KeepAliveInterval.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            "-o", "ServerAliveCountMax=" + Math.Max(1, _options.KeepAliveCountMax).ToString(CultureInfo.InvariantCulture),
        ]);
        foreach (var o in _options.ExtraOptions)
        {
            argv.Add("-o");
            argv.Add(o);
        }
        if (_options.ConfigFile is not null)
        {
            argv.Add("-F");
            argv.Add(_options.ConfigFile);
        }
        argv.Add("--");
        argv.Add(_options.Target);
        // ssh joins its arguments with spaces for the remote shell: hand it one line, quoted by us.
        argv.Add(ShellQuote.Join(words));
        return argv;
    }

    /// <summary>Whether a shared (ControlMaster) connection to the target is up.</summary>
    public async Task<bool> IsMultiplexedAsync(CancellationToken ct)
    {
        var r = await ProcessRunner.RunAsync(
            [_options.SshPath, .. ConfigArgs(), "-o", "ControlPath=" + _controlPath, "-O", "check", "--", _options.Target],
            TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
        return r.ExitCode == 0;
    }

    private async Task<bool> ConnectionAliveAsync(CancellationToken ct)
    {
        if (!_options.Multiplex)
        {
            return false;
        }
        try
        {
            return await IsMultiplexedAsync(ct).ConfigureAwait(false);
        }
        catch (RemoteShellException)
        {
            // The check itself timed out or could not start: nothing says the connection is there.
            return false;
        }
    }

    /// <summary>Closes the shared connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_options.Multiplex || _options.KeepConnectionOnDispose)
        {
            return;
        }
        try
        {
            await ProcessRunner.RunAsync(
                [_options.SshPath, .. ConfigArgs(), "-o", "ControlPath=" + _controlPath, "-O", "exit", "--", _options.Target],
                TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RemoteShellException or OperationCanceledException)
        {
            // Nothing to close, or it is already gone.
        }
    }

    private string[] ConfigArgs() => _options.ConfigFile is null ? [] : ["-F", _options.ConfigFile];

    /// <summary>
    /// A silent 255 is either the connection dying or the remote command exiting 255 / being killed
    /// by a signal; the control socket tells which: the shared connection outlives the command only
    /// in the second case.
    /// </summary>
    private async Task ThrowOnTransportFailureAsync(CommandResult result, CancellationToken ct)
    {
        var alive = SshErrorClassifier.IsSilent255(result) && await ConnectionAliveAsync(ct).ConfigureAwait(false);
        if (SshErrorClassifier.Classify(_options.Target, result, alive) is { } failure)
        {
            throw failure;
        }
    }
}
