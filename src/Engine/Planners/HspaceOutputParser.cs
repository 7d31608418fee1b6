using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Planners;

/// <summary>
/// Reads <c>hspace</c>'s human-readable stdout (Ganeti 3.0.2) with named patterns per line kind; the
/// standard-spec section ("Standard (fixed-size) instance spec is:" and "Normal (fixed-size)
/// allocation results:") is what the console shows. Efficiency and score lines are not used.
/// </summary>
public static partial class HspaceOutputParser
{
    [GeneratedRegex(@"^The cluster has (?<nodes>\d+) nodes and the following resources:$")]
    private static partial Regex Cluster();

    [GeneratedRegex(@"^There are (?<n>\d+) initial instances on the cluster\.$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"^(?<kind>Standard \(fixed-size\)|Tiered \(initial size\)) instance spec is:$")]
    private static partial Regex SpecStart();

    [GeneratedRegex(@"^  MEM (?<mem>\d+), DSK (?<dsk>\d+), CPU (?<cpu>\d+), using disk template '(?<t>[^']+)'\.$")]
    private static partial Regex Spec();

    [GeneratedRegex(@"^(?<kind>Normal \(fixed-size\)|Tiered) allocation results:$")]
    private static partial Regex ResultsStart();

    [GeneratedRegex(@"^  -\s+(?<n>\d+) instances allocated$")]
    private static partial Regex Allocated();

    [GeneratedRegex(@"^  - no instances allocated$")]
    private static partial Regex NoneAllocated();

    [GeneratedRegex(@"^  - most likely failure reason: (?<reason>\S+)$")]
    private static partial Regex Failure();

    public static HspaceSummary Parse(string stdout, string stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var output = stdout.Replace("\r", "", StringComparison.Ordinal);
        int? nodes = null;
        var instances = 0;
        HspaceSpec? standard = null;
        int? allocated = null;
        string? failure = null;
        var section = "";
        foreach (var line in output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
        {
            Match m;
            if ((m = Cluster().Match(line)).Success)
            {
                nodes = HtoolsOutput.Integer(m.Groups["nodes"].Value);
            }
            else if ((m = Initial().Match(line)).Success)
            {
                instances = HtoolsOutput.Integer(m.Groups["n"].Value);
            }
            else if ((m = SpecStart().Match(line)).Success || (m = ResultsStart().Match(line)).Success)
            {
                section = m.Groups["kind"].Value.StartsWith("Tiered", StringComparison.Ordinal) ? "tiered" : "standard";
            }
            else if (section == "standard" && (m = Spec().Match(line)).Success)
            {
                standard = new HspaceSpec(long.Parse(m.Groups["mem"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    long.Parse(m.Groups["dsk"].Value, System.Globalization.CultureInfo.InvariantCulture), HtoolsOutput.Integer(m.Groups["cpu"].Value), m.Groups["t"].Value);
            }
            else if (section == "standard" && (m = Allocated().Match(line)).Success)
            {
                allocated = HtoolsOutput.Integer(m.Groups["n"].Value);
            }
            else if (section == "standard" && NoneAllocated().IsMatch(line))
            {
                allocated = 0;
            }
            else if (section == "standard" && (m = Failure().Match(line)).Success)
            {
                failure = m.Groups["reason"].Value;
            }
        }

        if (nodes is not { } n)
        {
            throw new GanetiException(GanetiErrorKind.Unparseable, "hspace did not say how many nodes the cluster has", rawOutput: output);
        }

        return new HspaceSummary(n, instances, standard, allocated, failure, HtoolsOutput.Warnings(stderr));
    }
}
