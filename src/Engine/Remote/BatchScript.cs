using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Remote;

/// <summary>
/// Several commands in one remote <c>sh -c</c>, so a refresh costs one round trip. Each command's
/// stdout and stderr are framed by marker lines carrying its index and exit code, then split back.
/// The markers carry a random nonce so no command's output can forge them.
/// </summary>
public sealed partial class BatchScript
{
    private readonly string _marker;
    private readonly int _count;

    public BatchScript(IReadOnlyList<IReadOnlyList<string>> commands)
    {
        _marker = "@@gnt-tui-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)) + "@@";
        _count = commands.Count;
        Argv = Build(commands);
    }

    /// <summary>The argv to run on the remote side: <c>sh -c SCRIPT</c>.</summary>
    public IReadOnlyList<string> Argv { get; }

    [GeneratedRegex(@"^@@gnt-tui-[0-9a-f]{16}@@ (?<what>begin|end) (?<i>\d+)(?: (?<rc>\d+))?$")]
    private static partial Regex MarkerLine();

    private IReadOnlyList<string> Build(IReadOnlyList<IReadOnlyList<string>> commands)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < commands.Count; i++)
        {
            var idx = i.ToString(CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"echo '{_marker} begin {idx}'; echo '{_marker} begin {idx}' >&2; ");
            sb.Append(ShellQuote.Join(commands[i]));
            sb.Append(CultureInfo.InvariantCulture, $" </dev/null; rc=$?; echo; echo \"{_marker} end {idx} $rc\"; echo >&2; echo '{_marker} end {idx}' >&2\n");
        }
        return ["sh", "-c", sb.ToString()];
    }

    /// <summary>Splits a batch's output back into one result per command.</summary>
    public IReadOnlyList<CommandResult> Split(CommandResult whole)
    {
        var count = _count;
        var outs = Frame(whole.Stdout, count, withCodes: true, out var codes);
        var errs = Frame(whole.Stderr, count, withCodes: false, out _);
        var results = new List<CommandResult>(count);
        for (var i = 0; i < count; i++)
        {
            if (codes[i] is not { } rc)
            {
                throw new RemoteShellException(RemoteFailure.ConnectionDropped,
                    $"the batch ended before command {i + 1} of {count} finished (exit {whole.ExitCode})", whole.Stderr);
            }
            results.Add(new CommandResult(rc, outs[i], errs[i], whole.Duration));
        }
        return results;
    }

    private string[] Frame(string text, int count, bool withCodes, out int?[] codes)
    {
        var bodies = new StringBuilder?[count];
        codes = new int?[count];
        StringBuilder? current = null;
        foreach (var line in text.Split('\n'))
        {
            var m = line.StartsWith(_marker, StringComparison.Ordinal) ? MarkerLine().Match(line) : Match.Empty;
            if (m.Success && int.TryParse(m.Groups["i"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < count)
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
