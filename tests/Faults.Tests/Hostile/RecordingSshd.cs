using GntTui.Engine.Tests.Remote.Sshd;

namespace GntTui.Faults.Tests.Hostile;

/// <summary>
/// The loopback sshd with a ForceCommand that records the exact command string each session
/// received (one file per session) and then runs it as sshd would (the login shell's <c>-c</c>),
/// with fake gnt-* commands first on the PATH: each prints its argv NUL-separated on stderr and
/// a job id on stdout, so what arrived can be compared byte for byte with what was meant.
/// </summary>
public sealed class RecordingSshd : IDisposable
{
    public RecordingSshd()
    {
        Server = new LoopbackSshd("ForceCommand {dir}/record.sh");
        if (Server.Unavailable is not null)
        {
            return;
        }
        Directory.CreateDirectory(CommandsDir);
        Directory.CreateDirectory(Path.Combine(Server.Dir, "bin"));
        Script(Path.Combine(Server.Dir, "record.sh"), $$"""
            #!/bin/sh
            f=$(mktemp {{CommandsDir}}/c.XXXXXXXX) || exit 99
            printf '%s' "$SSH_ORIGINAL_COMMAND" >"$f"
            PATH={{Server.Dir}}/bin:$PATH
            export PATH
            exec "${SHELL:-/bin/sh}" -c "$SSH_ORIGINAL_COMMAND"
            """);
        var fake = Path.Combine(Server.Dir, "bin", "fake-gnt");
        Script(fake, """
            #!/bin/sh
            printf '%s\0' "${0##*/}" "$@" >&2
            echo "JobID: 4242"
            """);
        foreach (var name in new[] { "gnt-instance", "gnt-node", "gnt-job", "gnt-cluster" })
        {
            File.CreateSymbolicLink(Path.Combine(Server.Dir, "bin", name), fake);
        }
    }

    public LoopbackSshd Server { get; }

    public string CommandsDir => Path.Combine(Server.Dir, "commands");

    /// <summary>Every command string the server received so far.</summary>
    public IReadOnlyList<string> ReceivedCommands() =>
        Directory.EnumerateFiles(CommandsDir).Select(File.ReadAllText).ToList();

    public void ForgetCommands()
    {
        foreach (var f in Directory.EnumerateFiles(CommandsDir))
        {
            File.Delete(f);
        }
    }

    /// <summary>The argv a fake gnt-* printed (NUL-separated on its stderr).</summary>
    public static IReadOnlyList<string> ArgvOf(string stderr) =>
        stderr.EndsWith('\0') ? stderr[..^1].Split('\0') : [.. stderr.Split('\0'), "(unterminated)"];

    public void Dispose() => Server.Dispose();

    private static void Script(string path, string body)
    {
        File.WriteAllText(path, body.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
