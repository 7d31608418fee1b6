using System.Text;
using GntTui.Engine.Remote;

namespace GntTui.Faults.Tests.Hostile;

/// <summary>
/// Many argvs in one remote bash script, each on its own line exactly as the console quotes a
/// command (<see cref="ShellQuote.Join"/>), with gnt-* as shell functions that print the argv they
/// got: the remote shell parses every quoted line for real, without a process per command, so
/// tens of thousands of commands cost seconds. The script itself goes through the ssh path's own
/// quoting once more.
/// </summary>
public static class QuotedLines
{
    /// <summary>The most characters in one script: under Linux's 128 KiB bound on one argument (and on SSH_ORIGINAL_COMMAND).</summary>
    public const int MaxScriptChars = 60_000;

    private const char EndOfCommand = '\u001e';

    private static readonly string Prelude = string.Concat(
        new[] { "gnt-instance", "gnt-node", "gnt-job", "gnt-cluster" }.Select(c => $"{c}() {{ printf '%s\\0' {c} \"$@\"; printf '\\036'; }}\n"));

    /// <summary>Argvs grouped so each group's script stays under <see cref="MaxScriptChars"/>.</summary>
    public static IEnumerable<List<IReadOnlyList<string>>> Chunks(IEnumerable<IReadOnlyList<string>> argvs)
    {
        var chunk = new List<IReadOnlyList<string>>();
        var length = Prelude.Length;
        foreach (var argv in argvs)
        {
            var line = ShellQuote.Join(argv).Length + 1;
            if (chunk.Count > 0 && length + line > MaxScriptChars)
            {
                yield return chunk;
                chunk = [];
                length = Prelude.Length;
            }
            chunk.Add(argv);
            length += line;
        }
        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    public static IReadOnlyList<string> Argv(IReadOnlyList<IReadOnlyList<string>> argvs)
    {
        var sb = new StringBuilder(Prelude);
        foreach (var argv in argvs)
        {
            sb.Append(ShellQuote.Join(argv)).Append('\n');
        }
        return ["bash", "-c", sb.ToString()];
    }

    /// <summary>The argv each command arrived with, in order.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Arrived(string stdout) =>
        stdout.Split(EndOfCommand).SkipLast(1).Select(RecordingSshd.ArgvOf).ToList();
}
