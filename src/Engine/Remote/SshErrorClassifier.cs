using GntTui.Engine.Text;

namespace GntTui.Engine.Remote;

/// <summary>
/// OpenSSH reports its own failures with exit code 255 and a line on stderr; this names them the
/// way an operator would. Table-driven: the first matching phrase wins.
/// </summary>
public static class SshErrorClassifier
{
    private static readonly (string Phrase, RemoteFailure Failure, string Explanation)[] Table =
    [
        ("REMOTE HOST IDENTIFICATION HAS CHANGED", RemoteFailure.HostKeyVerificationFailed, "the host key changed since it was recorded in known_hosts"),
        // Before "Host key verification failed", which ssh prints after it: an unknown host says how to add its key.
        ("host key is known for", RemoteFailure.HostKeyVerificationFailed, "the host key is not in known_hosts; check its fingerprint with the host's owner, then add it: ssh-keyscan HOST >> ~/.ssh/known_hosts"),
        ("Host key verification failed", RemoteFailure.HostKeyVerificationFailed, "the host key is unknown or does not match known_hosts"),
        ("Permission denied", RemoteFailure.AuthenticationFailed, "the server refused our keys"),
        ("Too many authentication failures", RemoteFailure.AuthenticationFailed, "the server refused our keys"),
        ("Connection refused", RemoteFailure.ConnectionRefused, "nothing listens on the SSH port"),
        ("Connection timed out", RemoteFailure.Timeout, "the host did not answer"),
        ("Operation timed out", RemoteFailure.Timeout, "the host did not answer"),
        ("No route to host", RemoteFailure.HostUnreachable, "no route to the host"),
        ("Network is unreachable", RemoteFailure.HostUnreachable, "the network is unreachable"),
        ("Could not resolve hostname", RemoteFailure.HostUnreachable, "the host name does not resolve"),
        ("Name or service not known", RemoteFailure.HostUnreachable, "the host name does not resolve"),
        ("Connection closed by", RemoteFailure.ConnectionDropped, "the connection was closed"),
        // "Connection to HOST closed by remote host.": the server went away under a running command.
        ("closed by remote host", RemoteFailure.ConnectionDropped, "the server closed the connection"),
        ("Connection reset", RemoteFailure.ConnectionDropped, "the connection was reset"),
        ("Broken pipe", RemoteFailure.ConnectionDropped, "the connection broke"),
        ("Timeout, server", RemoteFailure.ConnectionDropped, "the server stopped answering keep-alives"),
        ("mux_client", RemoteFailure.ConnectionDropped, "the shared SSH connection went away"),
    ];

    // ssh refusing before it connects (its config, its options, the files it trusts): its own words say it best.
    private static readonly string[] OwnRefusals =
    [
        "Bad owner or permissions on",
        "Bad configuration option",
        "bad configuration options",
        "command-line: line",
        "command-line line",
        "Unsupported option",
        "Bad escape character",
    ];

    /// <summary>
    /// A transport failure for an ssh run that exited 255, or null when it is the remote command's own
    /// exit. ssh exits 255 for its own failures, but also when the remote command exits 255 or dies by
    /// a signal (the server sends exit-signal, which the client turns into 255 without a word). So a
    /// silent 255 is a dropped connection only when the shared connection is gone too:
    /// <paramref name="connectionAlive"/> is what <c>ssh -O check</c> said just after (false when unknown).
    /// </summary>
    public static RemoteShellException? Classify(string target, CommandResult result, bool connectionAlive = false)
    {
        if (result.ExitCode != 255)
        {
            return null;
        }
        if (OwnRefusal(result.Stderr) is { } refusal)
        {
            return new RemoteShellException(RemoteFailure.Other, $"ssh {target}: {refusal}", refusal);
        }
        foreach (var (phrase, failure, explanation) in Table)
        {
            if (result.Stderr.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return new RemoteShellException(failure, $"ssh {target}: {explanation}", LastLine(result.Stderr));
            }
        }
        var last = LastLine(result.Stderr);
        if (IsSshLine(last))
        {
            return new RemoteShellException(RemoteFailure.Other, $"ssh {target}: {last}", last);
        }
        return last.Length == 0 && !connectionAlive
            ? new RemoteShellException(RemoteFailure.ConnectionDropped, $"ssh {target}: the connection ended without a word (exit 255)")
            : null;
    }

    /// <summary>
    /// Whether a 255 needs asking the control socket: nothing on stderr that names an ssh failure (a
    /// known phrase or an "ssh:" line) and nothing else either.
    /// </summary>
    public static bool IsSilent255(CommandResult result) =>
        result.ExitCode == 255 && LastLine(result.Stderr).Length == 0;

    /// <summary>
    /// ssh exited 255 before the remote command said a word (no output of ours came back): whatever
    /// it wrote on stderr is why, said as it said it.
    /// </summary>
    public static RemoteShellException NeverStarted(string target, CommandResult result)
    {
        if (Classify(target, result) is { } known)
        {
            return known;
        }
        var lines = Lines(result.Stderr);
        var words = lines.Length == 0 ? $"the connection ended without a word (exit {result.ExitCode})" : string.Join("; ", lines.Take(3));
        return new RemoteShellException(RemoteFailure.Other, $"ssh {target}: {words}", UntrustedText.Block(result.Stderr));
    }

    private static bool IsSshLine(string line) =>
        line.StartsWith("ssh:", StringComparison.Ordinal) || line.Contains("ssh_", StringComparison.Ordinal);

    private static string? OwnRefusal(string stderr)
    {
        var lines = Lines(stderr);
        var first = Array.FindIndex(lines, l => OwnRefusals.Any(p => l.Contains(p, StringComparison.OrdinalIgnoreCase)));
        if (first < 0)
        {
            return null;
        }
        return string.Join("; ", lines.Skip(first).Take(2));
    }

    private static string[] Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(UntrustedText.Line).Where(l => l.Length > 0)];

    private static string LastLine(string text)
    {
        var lines = Lines(text);
        return lines.Length == 0 ? "" : lines[^1];
    }
}
