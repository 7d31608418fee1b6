using System.Globalization;

namespace GntTui.Engine.HTools;

/// <summary>
/// Reads htools' text format as Ganeti's <c>Text.parseData</c> does: at least four sections
/// (groups, nodes, instances, cluster tags, then optional policies), the shorter line forms of
/// older Ganeti versions filled with the same defaults, and the same refusals (unknown group or
/// node, an instance whose primary is its secondary, flags other than Y/N).
/// </summary>
public static class HtoolsTextReader
{
    private static readonly HashSet<string> Statuses =
        ["ADMIN_down", "ADMIN_offline", "ERROR_down", "ERROR_up", "ERROR_nodedown", "ERROR_nodeoffline", "running", "USER_down", "ERROR_wrongnode"];

    private static readonly HashSet<string> Templates =
        ["diskless", "file", "sharedfile", "plain", "blockdev", "drbd", "rbd", "ext", "gluster"];

    public static HtoolsCluster Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = SepSplit(Lines(text));
        if (sections.Count < 4)
        {
            throw new FormatException($"Invalid format of the input file: {sections.Count} sections instead of 4 or more");
        }
        var groups = sections[0].Select(Group).ToList();
        var uuids = groups.Select(g => g.Uuid).ToHashSet(StringComparer.Ordinal);
        var nodes = sections[1].Select(l => Node(l, uuids)).ToList();
        var names = nodes.Select(n => n.Name).ToHashSet(StringComparer.Ordinal);
        var instances = sections[2].Select(l => Instance(l, names)).ToList();
        return new HtoolsCluster(groups, nodes, instances, sections[3], sections.Count > 4 ? sections[4] : []);
    }

    /// <summary>Haskell's <c>lines</c>: a final newline ends the last line, it does not start an empty one.</summary>
    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    /// <summary>Ganeti's <c>sepSplit ""</c>: an empty line ends a section; a trailing one adds an empty section.</summary>
    private static List<List<string>> SepSplit(List<string> lines)
    {
        var sections = new List<List<string>>();
        if (lines.Count == 0)
        {
            return sections;
        }
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                sections.Add(current);
                current = [];
            }
            else
            {
                current.Add(line);
            }
        }
        sections.Add(current);
        return sections;
    }

    private static HtoolsGroup Group(string line)
    {
        var f = line.Split('|');
        if (f.Length < 4)
        {
            throw new FormatException($"Invalid/incomplete group data: '{line}'");
        }
        return new HtoolsGroup(f[0], f[1], f[2], List(f[3]), f.Length > 4 ? List(f[4]) : []);
    }

    private static HtoolsNode Node(string line, HashSet<string> groups)
    {
        var f = line.Split('|');
        if (f.Length < 9)
        {
            throw new FormatException($"Invalid/incomplete node data: '{line}'");
        }
        var name = f[0];
        if (!groups.Contains(f[8]))
        {
            throw new FormatException($"Unknown group for node {name}: {f[8]}");
        }
        string At(int i, string fallback) => i < f.Length ? f[i] : fallback;
        var flag = f[7] is "Y" or "M" ? f[7][0] : 'N';
        if (f.AsSpan(1, 6).Contains("?"))
        {
            return new HtoolsNode(name, 0, 0, 0, 0, 0, 0, flag, f[8], Unknown: true);
        }
        var exclusive = At(11, "N") switch
        {
            "Y" => true,
            "N" => false,
            var x => throw new FormatException($"Invalid exclusive_storage value for node '{name}': {x}"),
        };
        return new HtoolsNode(name, Whole(name, f[1]), Int(name, f[2]), Int(name, f[3]), Whole(name, f[4]), Int(name, f[5]), Whole(name, f[6]),
            flag, f[8], (int)Int(name, At(9, "1")), List(At(10, "")), exclusive, (int)Int(name, At(12, "0")), (int)Int(name, At(13, "1")),
            Real(name, At(14, "1.0")));
    }

    private static HtoolsInstance Instance(string line, HashSet<string> nodes)
    {
        var f = line.Split('|');
        if (f.Length < 10)
        {
            throw new FormatException($"Invalid/incomplete instance data: '{line}'");
        }
        var name = f[0];
        string At(int i, string fallback) => i < f.Length ? f[i] : fallback;
        string Known(string node) => nodes.Contains(node) ? node : throw new FormatException($"Unknown node '{node}' for instance {name}");
        var primary = Known(f[6]);
        var secondary = f[7].Length == 0 ? null : Known(f[7]);
        if (!Statuses.Contains(f[4]))
        {
            throw new FormatException($"Invalid instance status '{f[4]}' for instance {name}");
        }
        if (!Templates.Contains(f[8]))
        {
            throw new FormatException($"Instance {name}: invalid disk template '{f[8]}'");
        }
        if (secondary is not null && f[8] == "drbd" && secondary == primary)
        {
            throw new FormatException($"Instance {name} has same primary and secondary node - {primary}");
        }
        var spindles = At(11, "-");
        return new HtoolsInstance(name, Int(name, f[1]), Int(name, f[2]), (int)Int(name, f[3]), f[4], YesNo(f[5], "auto_balance", name),
            primary, secondary, f[8], List(f[9]), (int)Int(name, At(10, "1")), spindles == "-" ? null : (int)Int(name, spindles),
            YesNo(At(12, "N"), "forthcoming", name));
    }

    private static bool YesNo(string value, string what, string name) => value switch
    {
        "Y" => true,
        "N" => false,
        _ => throw new FormatException($"Invalid {what} value '{value}' for instance {name}"),
    };

    private static IReadOnlyList<string> List(string field) => field.Length == 0 ? [] : field.Split(',');

    private static long Int(string owner, string value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException($"{owner}: cannot parse '{value}' as a number");

    private static double Real(string owner, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException($"{owner}: cannot parse '{value}' as a number");

    /// <summary>Ganeti writes total memory, disk and CPUs with <c>%.0f</c> and reads them as doubles.</summary>
    private static long Whole(string owner, string value) => (long)Real(owner, value);
}
