namespace GntTui.Engine.Drbd;

/// <summary>
/// Text to enum for the names DRBD prints. Exact (case-sensitive) like the kernel's string tables,
/// so a mangled name becomes Unknown with a note rather than a lucky guess.
/// </summary>
internal static class DrbdStateNames
{
    private static readonly Dictionary<string, DrbdConnectionState> Connections = BuildConnections();

    private static readonly Dictionary<string, DrbdDiskState> Disks =
        Enum.GetValues<DrbdDiskState>().Where(d => d != DrbdDiskState.Unknown).ToDictionary(d => d.ToString(), StringComparer.Ordinal);

    public static DrbdConnectionState Connection(string text, List<string> notes)
    {
        if (Connections.TryGetValue(text, out var state))
        {
            return state;
        }
        notes.Add($"unknown connection state '{Clip(text)}'");
        return DrbdConnectionState.Unknown;
    }

    public static DrbdDiskState Disk(string text, List<string> notes)
    {
        if (Disks.TryGetValue(text, out var state))
        {
            return state;
        }
        notes.Add($"unknown disk state '{Clip(text)}'");
        return DrbdDiskState.Unknown;
    }

    public static DrbdRole Role(string text, List<string> notes)
    {
        switch (text)
        {
            case "Primary":
                return DrbdRole.Primary;
            case "Secondary":
                return DrbdRole.Secondary;
            case "Unknown":
                return DrbdRole.Unknown;
            default:
                notes.Add($"unknown role '{Clip(text)}'");
                return DrbdRole.Unknown;
        }
    }

    /// <summary>Text from the wire, shortened and made printable for a note.</summary>
    public static string Clip(string text, int max = 60)
    {
        var chars = text.Take(max).Select(c => char.IsControl(c) ? '?' : c).ToArray();
        var clipped = new string(chars);
        return text.Length > max ? clipped + "…" : clipped;
    }

    private static Dictionary<string, DrbdConnectionState> BuildConnections()
    {
        var map = Enum.GetValues<DrbdConnectionState>()
            .Where(s => s != DrbdConnectionState.Unknown)
            .ToDictionary(s => s.ToString(), StringComparer.Ordinal);
        // DRBD 9 renamed WFConnection; events2 prints the new name.
        map["Connecting"] = DrbdConnectionState.WFConnection;
        return map;
    }
}
