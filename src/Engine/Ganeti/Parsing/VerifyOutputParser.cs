using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>Extracts the <c>--error-codes</c> findings from <c>gnt-cluster verify</c> output.</summary>
public static partial class VerifyOutputParser
{
    [GeneratedRegex(@"-\s+(?<sev>ERROR|WARNING):(?<code>[A-Z0-9_]+):(?<type>[a-z]+):(?<name>[^:]*):(?<msg>.*)$")]
    private static partial Regex Finding();

    public static IReadOnlyList<VerifyFinding> Parse(string output)
    {
        var findings = new List<VerifyFinding>();
        foreach (var raw in output.Split('\n'))
        {
            var m = Finding().Match(raw.TrimEnd('\r'));
            if (m.Success)
            {
                findings.Add(new VerifyFinding(m.Groups["sev"].Value, m.Groups["code"].Value, m.Groups["type"].Value, m.Groups["name"].Value, m.Groups["msg"].Value.Trim()));
            }
        }
        return findings;
    }
}
