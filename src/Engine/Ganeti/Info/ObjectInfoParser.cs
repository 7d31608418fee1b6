using System.Globalization;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Info;

/// <summary>
/// Turns one object's info tree into sections. A table says which top-level keys make which
/// section; a key the table does not know still gets a section of its own when it has lines
/// under it (a newer Ganeti's addition is shown, not dropped), and plain values go to "General".
/// </summary>
public static partial class ObjectInfoParser
{
    public const string General = "General";

    private static readonly IReadOnlyDictionary<InfoKind, (string NameKey, (string Key, string Title)[] Sections)> Tables =
        new Dictionary<InfoKind, (string, (string, string)[])>
        {
            [InfoKind.Instance] = ("Instance name",
            [
                ("Nodes", "Nodes"),
                ("Disks", "Disks"),
                ("NICs", "NICs"),
                ("Hypervisor parameters", "Hypervisor parameters"),
                ("Back-end parameters", "Back-end parameters"),
                ("Operating system parameters", "OS parameters"),
            ]),
            [InfoKind.Node] = ("Node name",
            [
                ("primary for instances", "Primary instances"),
                ("secondary for instances", "Secondary instances"),
                ("node parameters", "Node parameters"),
            ]),
        };

    [GeneratedRegex(@"^(?<node>[^\s,]+), minor=(?<minor>\d+)$")]
    private static partial Regex DrbdEnd();

    [GeneratedRegex(@"^(?<type>[^,]+), size (?<size>.+)$")]
    private static partial Regex DiskHead();

    /// <summary>The first object of the answer; <see cref="FormatException"/> when the text is not that kind of info.</summary>
    public static ObjectInfo Parse(string text, InfoKind kind, IReadOnlyList<string>? tags = null)
    {
        var top = InfoTreeParser.Parse(text);
        var (nameKey, table) = Tables[kind];
        if (top.Count == 0 || !top[0].IsItem || top[0].Children.Count == 0 || top[0].Children[0].Key != nameKey)
        {
            throw new FormatException($"not {(kind == InfoKind.Instance ? "gnt-instance" : "gnt-node")} info output: it does not start with '- {nameKey}:'");
        }

        var entries = top[0].Children;
        var general = new List<InfoField>();
        var sections = new List<InfoSection>();
        foreach (var entry in entries)
        {
            var title = table.FirstOrDefault(t => t.Key == entry.Key).Title;
            if (title is null && (entry.Value.Length > 0 || entry.Children.Count == 0))
            {
                general.Add(new InfoField(entry.Key!, entry.Value, 0));
                continue;
            }

            sections.Add(new InfoSection(title ?? entry.Key!, Flatten(entry.Children, 0)));
        }

        var ordered = table.Select(t => sections.FirstOrDefault(s => s.Title == t.Title)).OfType<InfoSection>()
            .Concat(sections.Where(s => table.All(t => t.Title != s.Title)));
        var disks = entries.FirstOrDefault(e => e.Key == "Disks") is { } d ? d.Children.Where(c => c.IsItem).Select(Disk).ToList() : [];
        return new ObjectInfo(kind, entries[0].Value, [new InfoSection(General, general), .. ordered], disks, tags ?? []);
    }

    /// <summary>
    /// An item's first pair heads it and the rest sit one deeper ("nic/0" with its MAC, IP, … under it);
    /// a pair with lines of its own has them one deeper again.
    /// </summary>
    private static List<InfoField> Flatten(IReadOnlyList<InfoNode> nodes, int depth)
    {
        var fields = new List<InfoField>();
        foreach (var node in nodes)
        {
            if (node.IsItem)
            {
                if (node.Value.Length > 0 || node.Children.Count == 0)
                {
                    fields.Add(new InfoField("", node.Value, depth));
                }

                for (var i = 0; i < node.Children.Count; i++)
                {
                    fields.AddRange(Flatten([node.Children[i]], i == 0 || node.Children[0].Key is null ? depth : depth + 1));
                }

                continue;
            }

            fields.Add(new InfoField(node.Key!, node.Value, depth));
            fields.AddRange(Flatten(node.Children, depth + 1));
        }

        return fields;
    }

    private static InfoDisk Disk(InfoNode item)
    {
        var head = item.Children[0];
        var m = DiskHead().Match(head.Value);
        var ends = new List<InfoDrbdEnd>();
        foreach (var key in (string[])["nodeA", "nodeB"])
        {
            if (item.Get(key) is { } text && DrbdEnd().Match(text) is { Success: true } end)
            {
                ends.Add(new InfoDrbdEnd(end.Groups["node"].Value, int.Parse(end.Groups["minor"].Value, CultureInfo.InvariantCulture)));
            }
        }

        int? port = int.TryParse(item.Get("port"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return new InfoDisk(head.Key ?? "", m.Success ? m.Groups["type"].Value : head.Value, m.Success ? m.Groups["size"].Value : "",
            ends, port, item.Get("on primary"), item.Get("on secondary"));
    }
}
