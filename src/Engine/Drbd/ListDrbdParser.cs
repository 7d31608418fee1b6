using System.Globalization;

namespace GntTui.Engine.Drbd;

/// <summary>
/// Reads <c>gnt-node list-drbd --no-headers --separator=| NODE</c>. Ganeti prints a fixed set of
/// columns (no <c>-o</c>): Node, Minor, Instance, Disk, Role, PeerNode — see ListDrbd in
/// ganeti lib/client/gnt_node.py (<c>fields = ["node", "minor", "instance", "disk", "role", "peer"]</c>)
/// and man/gnt-node.rst "LIST-DRBD". The values come from confd (src/Ganeti/Config.hs
/// getInstMinorsForNode): Disk is <c>disk/N</c>, Role is <c>primary</c> or <c>secondary</c>.
/// Example: <c>node1.example.com|0|inst1.example.com|disk/0|primary|node2.example.com</c>.
/// Never throws; rows it cannot read are skipped with a note.
/// </summary>
public static class ListDrbdParser
{
    private const int Columns = 6;

    public static IReadOnlyList<DrbdMinorMapping> Parse(string? text, ICollection<string>? notes = null)
    {
        var rows = new List<DrbdMinorMapping>();
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            // Without --separator Ganeti pads columns with blanks; accept that too.
            var fields = line.Contains('|', StringComparison.Ordinal)
                ? line.Split('|').Select(f => f.Trim()).ToArray()
                : line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != Columns)
            {
                notes?.Add($"list-drbd: expected {Columns} columns, got {fields.Length}: '{DrbdStateNames.Clip(line)}'");
                continue;
            }
            if (fields[1] == "Minor")
            {
                notes?.Add("list-drbd: header line skipped (use --no-headers)");
                continue;
            }
            var row = ReadRow(fields, line, notes);
            if (row is not null)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    private static DrbdMinorMapping? ReadRow(string[] f, string line, ICollection<string>? notes)
    {
        var minor = DrbdNumbers.Int(f[1]);
        var disk = DiskIndex(f[3]);
        if (minor is null || disk is null || f[0].Length == 0 || f[2].Length == 0)
        {
            notes?.Add($"list-drbd: unreadable row '{DrbdStateNames.Clip(line)}'");
            return null;
        }
        var role = string.Equals(f[4], "primary", StringComparison.OrdinalIgnoreCase) ? DrbdRole.Primary
            : string.Equals(f[4], "secondary", StringComparison.OrdinalIgnoreCase) ? DrbdRole.Secondary
            : DrbdRole.Unknown;
        if (role == DrbdRole.Unknown)
        {
            notes?.Add($"list-drbd: unknown role '{DrbdStateNames.Clip(f[4])}' for {f[2]} disk {disk}");
        }
        return new DrbdMinorMapping(f[0], minor.Value, f[2], disk.Value, role, f[5]);
    }

    private static int? DiskIndex(string text)
    {
        var digits = text.StartsWith("disk/", StringComparison.Ordinal) ? text["disk/".Length..] : text;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null;
    }
}
