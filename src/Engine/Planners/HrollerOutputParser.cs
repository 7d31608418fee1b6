using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Planners;

/// <summary>
/// Reads <c>hroller</c>'s stdout (Ganeti 3.0.2): a quoted header, then one comma-joined group per
/// line (or, with <c>--one-step-only</c>, the first group's nodes one per line), each followed by its
/// indented <c>--print-moves</c> lines.
/// </summary>
public static partial class HrollerOutputParser
{
    [GeneratedRegex(@"^'(?<header>Node Reboot Groups|First Reboot Group)'$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^  (?<move>\S+ \S+(?: \S+)?)$")]
    private static partial Regex Move();

    [GeneratedRegex(@"^(?<nodes>[^\s,]+(?:,[^\s,]+)*)$")]
    private static partial Regex Nodes();

    public static HrollerPlan Parse(string stdout, string stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var output = stdout.Replace("\r", "", StringComparison.Ordinal);
        bool? oneStep = null;
        var groups = new List<List<string>>();
        var moves = new List<List<string>>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            Match m;
            if (oneStep is null && (m = Header().Match(line)).Success)
            {
                oneStep = m.Groups["header"].Value == "First Reboot Group";
                continue;
            }

            if (oneStep is null)
            {
                throw HtoolsOutput.Unparseable("hroller", line, output);
            }

            if ((m = Move().Match(line)).Success && groups.Count > 0)
            {
                moves[^1].Add(m.Groups["move"].Value);
            }
            else if ((m = Nodes().Match(line)).Success)
            {
                var names = m.Groups["nodes"].Value.Split(',');
                if (oneStep == true && groups.Count == 1)
                {
                    groups[0].AddRange(names);
                }
                else
                {
                    groups.Add([.. names]);
                    moves.Add([]);
                }
            }
            else
            {
                throw HtoolsOutput.Unparseable("hroller", line, output);
            }
        }

        if (oneStep is not { } one)
        {
            throw new GanetiException(GanetiErrorKind.Unparseable, "hroller printed no reboot groups header", rawOutput: output);
        }

        return new HrollerPlan(one, [.. groups], [.. moves], HtoolsOutput.Warnings(stderr));
    }
}
