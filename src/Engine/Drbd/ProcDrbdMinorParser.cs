using P = GntTui.Engine.Drbd.ProcDrbdPatterns;

namespace GntTui.Engine.Drbd;

/// <summary>One minor's joined text (its first line plus continuation lines) to a device.</summary>
internal static class ProcDrbdMinorParser
{
    private const int MaxLeftoverNotes = 3;

    public static DrbdDevice Parse(string joined)
    {
        var notes = new List<string>();
        var text = new ConsumedText(joined);
        var head = text.Take(P.MinorAndConnection());
        if (head is null)
        {
            notes.Add($"not a minor line: '{DrbdStateNames.Clip(joined)}'");
            return DrbdDevice.Unconfigured(-1) with { Connection = DrbdConnectionState.Unknown, ConnectionText = "", Notes = notes };
        }

        var minor = DrbdNumbers.Int(head.Groups["minor"].Value) ?? -1;
        var connectionText = head.Groups["cs"].Value;
        var connection = DrbdStateNames.Connection(connectionText, notes);
        if (connection == DrbdConnectionState.Unconfigured)
        {
            NoteLeftovers(text, notes);
            return DrbdDevice.Unconfigured(minor) with { Notes = notes };
        }

        var roles = text.Take(P.Roles());
        var disks = text.Take(P.Disks());
        if (roles is null)
        {
            notes.Add("no roles (ro:/st:)");
        }
        if (disks is null)
        {
            notes.Add("no disk states (ds:)");
        }
        var protocol = text.Take(P.Protocol());
        var flags = text.Take(P.Flags());
        if (disks is not null && flags is null)
        {
            notes.Add("no I/O flags after ds:");
        }

        var counters = ReadCounters(text, notes);
        var sync = ProcDrbdSyncReader.Read(text, connection, notes);
        text.TakeAll(P.ProgressBar());
        text.TakeAll(P.CacheStatistics());
        text.TakeAll(P.SectorPosition());
        NoteLeftovers(text, notes);

        return new DrbdDevice(
            minor,
            connection,
            roles is null ? DrbdRole.Unknown : DrbdStateNames.Role(roles.Groups["local"].Value, notes),
            roles is null ? DrbdRole.Unknown : DrbdStateNames.Role(roles.Groups["peer"].Value, notes),
            disks is null ? DrbdDiskState.Unknown : DrbdStateNames.Disk(disks.Groups["local"].Value, notes),
            disks is null ? DrbdDiskState.Unknown : DrbdStateNames.Disk(disks.Groups["peer"].Value, notes))
        {
            ConnectionText = connectionText,
            Protocol = protocol is null ? null : protocol.Groups["proto"].Value[0],
            Flags = flags?.Groups["flags"].Value ?? "",
            Counters = counters,
            Sync = sync,
            Notes = notes,
        };
    }

    /// <summary>The counter names the Counter pattern knows, in a fixed order: a slot per name.</summary>
    private static readonly string[] CounterKeys = ["ns", "nr", "dw", "dr", "al", "bm", "lo", "pe", "ua", "ap", "ep", "oos"];

    private static DrbdCounters ReadCounters(ConsumedText text, List<string> notes)
    {
        // Read by position (key ':' digits is the whole match): a dozen per minor, every sample.
        var values = new long?[CounterKeys.Length];
        var stored = 0;
        foreach (var range in text.TakeAllRanges(P.Counter()))
        {
            var match = text.Text.AsSpan(range);
            var colon = match.IndexOf(':');
            var slot = Slot(match[..colon]);
            var value = DrbdNumbers.Digits(match[(colon + 1)..]);
            if (value is null)
            {
                notes.Add($"counter {CounterKeys[slot]} out of range");
            }
            else if (values[slot] is not null)
            {
                notes.Add($"counter {CounterKeys[slot]} repeated; kept the first");
            }
            else
            {
                values[slot] = value;
                stored++;
            }
        }
        var writeOrder = text.Take(P.WriteOrder());
        if (stored == 0)
        {
            notes.Add("no counters (ns:/nr:/dw:/dr:)");
            return DrbdCounters.None;
        }
        return new DrbdCounters(Get("ns"), Get("nr"), Get("dw"), Get("dr"), Get("oos"))
        {
            LocalPending = Get("lo"),
            Pending = Get("pe"),
            Unacked = Get("ua"),
            ApplicationPending = Get("ap"),
            WriteOrder = writeOrder?.Groups["wo"].Value[0],
        };

        long? Get(string key) => values[Array.IndexOf(CounterKeys, key)];
    }

    private static int Slot(ReadOnlySpan<char> key)
    {
        for (var i = 0; i < CounterKeys.Length; i++)
        {
            if (key.SequenceEqual(CounterKeys[i]))
            {
                return i;
            }
        }
        throw new InvalidOperationException($"the Counter pattern matched an unknown key '{key}'");
    }

    private static void NoteLeftovers(ConsumedText text, List<string> notes)
    {
        var leftovers = text.Leftovers();
        foreach (var run in leftovers.Take(MaxLeftoverNotes))
        {
            notes.Add($"unrecognised text '{DrbdStateNames.Clip(run)}'");
        }
        if (leftovers.Count > MaxLeftoverNotes)
        {
            notes.Add($"{leftovers.Count - MaxLeftoverNotes} more unrecognised pieces");
        }
    }
}
