using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Remote;

/// <summary>
/// Several read-only commands in one remote <c>sh -c</c>, so a refresh costs one round trip. They
/// run concurrently (each gnt-* list waits ~0.3 s on the master's query daemon, so three in a row
/// cost three times that), each into its own files in a private temp dir; then each command's
/// stdout and stderr are printed framed by marker lines carrying its index and exit code, and split
/// back here. The markers carry a random nonce so no command's output can forge them.
/// </summary>
public sealed partial class BatchScript
{
    /// <summary>
    /// Each command's stdout is cut here on the node, one byte past the console's own limit, so an
    /// endless answer is still refused as too large (a multi-byte one cut short of the limit ends in
    /// a line the parsers do not understand, which is said too).
    /// </summary>
    public const long MaxBytesPerCommand = ProcessRunner.MaxOutputChars + 1L;

    private readonly string _marker;
    private readonly int _count;

    public BatchScript(IReadOnlyList<IReadOnlyList<string>> commands)
    {
        _marker = "@@gnt-tui-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)) + "@@";
        _count = commands.Count;
        Argv = ["sh", "-c", Build(commands)];
    }

    /// <summary>The argv to run on the remote side: <c>sh -c SCRIPT</c>.</summary>
    public IReadOnlyList<string> Argv { get; }

    [GeneratedRegex(@"^@@gnt-tui-[0-9a-f]{16}@@ (?<what>begin|end) (?<i>\d+)(?: (?<rc>\d+))?$")]
    private static partial Regex MarkerLine();

    private string Build(IReadOnlyList<IReadOnlyList<string>> commands)
    {
        var sb = new StringBuilder();
        // Also when the connection goes and takes us with it (HUP, PIPE): a node's temp dir must not keep the answers.
        sb.Append("d=$(mktemp -d) || exit 125; trap 'rm -rf \"$d\"' EXIT; trap 'rm -rf \"$d\"; exit 129' HUP PIPE TERM INT\n");
        for (var i = 0; i < commands.Count; i++)
        {
            // Cut on the node just past what we would accept: an endless answer must not fill the
            // node's temp dir, and its writer ends (SIGPIPE) instead of running on after we gave up.
            sb.Append(CultureInfo.InvariantCulture,
                $"( ( {ShellQuote.Join(commands[i])} </dev/null 2>\"$d/{i}.e\"; echo $? >\"$d/{i}.r\" ) | head -c {MaxBytesPerCommand} >\"$d/{i}.o\" ) &\n");
        }
        sb.Append("wait\n");
        for (var i = 0; i < commands.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"echo '{_marker} begin {i}'; cat \"$d/{i}.o\"; echo; echo \"{_marker} end {i} $(cat \"$d/{i}.r\")\"; ");
            sb.Append(CultureInfo.InvariantCulture,
                $"echo '{_marker} begin {i}' >&2; cat \"$d/{i}.e\" >&2; echo >&2; echo '{_marker} end {i}' >&2\n");
        }
        return sb.ToString();
    }

    /// <summary>Whether the remote script ran far enough to print its first marker.</summary>
    public bool Started(CommandResult whole) =>
        whole.Stdout.Split('\n').Any(l => l.StartsWith(_marker, StringComparison.Ordinal) && MarkerLine().IsMatch(l));

    /// <summary>Splits a batch's output back into one result per command.</summary>
    public IReadOnlyList<CommandResult> Split(CommandResult whole)
    {
        var outs = Frame(whole.Stdout, withCodes: true, out var codes);
        var errs = Frame(whole.Stderr, withCodes: false, out _);
        var results = new List<CommandResult>(_count);
        for (var i = 0; i < _count; i++)
        {
            if (codes[i] is not { } rc)
            {
                throw new RemoteShellException(RemoteFailure.ConnectionDropped,
                    $"the batch ended before command {i + 1} of {_count} finished (exit {whole.ExitCode})", whole.Stderr);
            }
            results.Add(new CommandResult(rc, outs[i], errs[i], whole.Duration));
        }
        return results;
    }

    private string[] Frame(string text, bool withCodes, out int?[] codes)
    {
        var bodies = new StringBuilder?[_count];
        codes = new int?[_count];
        StringBuilder? current = null;
        foreach (var line in text.Split('\n'))
        {
            var m = line.StartsWith(_marker, StringComparison.Ordinal) ? MarkerLine().Match(line) : Match.Empty;
            if (m.Success && int.TryParse(m.Groups["i"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _count)
            {
                if (m.Groups["what"].Value == "begin")
                {
                    current = bodies[i] = new StringBuilder();
                }
                else
                {
                    if (withCodes && m.Groups["rc"].Success)
                    {
                        codes[i] = int.Parse(m.Groups["rc"].Value, CultureInfo.InvariantCulture);
                    }
                    current = null;
                }
                continue;
            }
            current?.Append(line).Append('\n');
        }
        return bodies.Select(Body).ToArray();
    }

    // The script adds one newline after each command's output so a last line without one still
    // ends before the marker; take that (and the split's artefact) back off.
    private static string Body(StringBuilder? sb)
    {
        if (sb is null)
        {
            return "";
        }
        var s = sb.ToString();
        if (s.EndsWith("\n\n", StringComparison.Ordinal))
        {
            return s[..^1];
        }
        return s == "\n" ? "" : s;
    }
}
