using System.Text.RegularExpressions;

namespace GntTui.Engine.Drbd;

/// <summary>
/// Turns an events2 resource into /proc/drbd-like devices: one per local volume and peer, so the
/// rest of the console treats both sources alike.
/// </summary>
internal static partial class Events2DeviceView
{
    [GeneratedRegex(@"^resource(?<minor>\d{1,9})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex GanetiResourceName();

    public static IEnumerable<DrbdDevice> Build(Events2Resource resource)
    {
        foreach (var (volume, device) in resource.Devices)
        {
            var peers = resource.Connections.Keys.ToList();
            if (peers.Count == 0)
            {
                yield return Make(resource, volume, device, null, null, null);
                continue;
            }
            foreach (var peer in peers)
            {
                resource.PeerDevices.TryGetValue((peer, volume), out var peerDevice);
                yield return Make(resource, volume, device, peer, resource.Connections[peer], peerDevice);
            }
        }
    }

    private static DrbdDevice Make(
        Events2Resource resource,
        int volume,
        Dictionary<string, string> device,
        string? peer,
        Dictionary<string, string>? connection,
        Dictionary<string, string>? peerDevice)
    {
        var notes = new List<string>();
        var state = Connection(connection, peerDevice, notes);
        var role = Field(resource.Fields, "role") is { } r ? DrbdStateNames.Role(r, notes) : DrbdRole.Unknown;
        var peerRole = Field(connection, "role") is { } pr ? DrbdStateNames.Role(pr, notes) : DrbdRole.Unknown;
        var disk = Field(device, "disk") is { } d ? DrbdStateNames.Disk(d, notes) : DrbdDiskState.Unknown;
        var peerDisk = Field(peerDevice, "peer-disk") is { } pd ? DrbdStateNames.Disk(pd, notes) : DrbdDiskState.DUnknown;

        return new DrbdDevice(Minor(resource.Name, device, notes), state, role, peerRole, disk, peerDisk)
        {
            ConnectionText = Field(peerDevice, "replication") is { } repl && repl is not ("Off" or "Established")
                ? repl
                : Field(connection, "connection") ?? "StandAlone",
            Flags = Flags(resource.Fields, peerDevice),
            Counters = Counters(device, peerDevice),
            Sync = Events2SyncReader.Read(state, peerDevice),
            Resource = resource.Name,
            Volume = volume,
            PeerName = connection is null ? null : Field(connection, "conn-name") ?? (peer is { Length: > 0 } ? peer : null),
            Notes = notes,
        };
    }

    private static DrbdConnectionState Connection(
        Dictionary<string, string>? connection,
        Dictionary<string, string>? peerDevice,
        List<string> notes)
    {
        if (connection is null)
        {
            // DRBD 9 lists no connection object for a resource without peers.
            return DrbdConnectionState.StandAlone;
        }
        var cs = Field(connection, "connection") is { } c ? DrbdStateNames.Connection(c, notes) : DrbdConnectionState.Unknown;
        // DRBD 9 splits 8.x's cs: into connection and replication states; replication is the finer one.
        return Field(peerDevice, "replication") switch
        {
            null or "Off" => cs,
            "Established" => DrbdConnectionState.Connected,
            var repl => DrbdStateNames.Connection(repl, notes),
        };
    }

    private static int Minor(string name, Dictionary<string, string> device, List<string> notes)
    {
        if (Field(device, "minor") is { } text && DrbdNumbers.Int(text) is { } minor)
        {
            return minor;
        }
        // Ganeti names its 8.4 resources resource<minor>.
        if (GanetiResourceName().Match(name) is { Success: true } m && DrbdNumbers.Int(m.Groups["minor"].Value) is { } fromName)
        {
            return fromName;
        }
        notes.Add($"events2: no minor for resource '{DrbdStateNames.Clip(name)}'");
        return -1;
    }

    /// <summary>A proc-style run (r/s, a, p, u) so paused or suspended shows the same for both sources.</summary>
    private static string Flags(Dictionary<string, string> resource, Dictionary<string, string>? peerDevice)
    {
        var suspended = Field(resource, "suspended");
        var paused = Field(peerDevice, "resync-suspended");
        if (suspended is null && paused is null)
        {
            return "";
        }
        var reasons = (paused ?? "no").Split(',');
        return string.Concat(
            suspended is null or "no" ? "r" : "s",
            reasons.Contains("dependency") ? "a" : "-",
            reasons.Contains("peer") ? "p" : "-",
            reasons.Contains("user") ? "u" : "-");
    }

    private static DrbdCounters Counters(Dictionary<string, string> device, Dictionary<string, string>? peerDevice) =>
        new(Number(peerDevice, "sent"), Number(peerDevice, "received"), Number(device, "written"), Number(device, "read"), Number(peerDevice, "out-of-sync"))
        {
            Pending = Number(peerDevice, "pending"),
            Unacked = Number(peerDevice, "unacked"),
            LocalPending = Number(device, "lower-pending"),
            ApplicationPending = Number(device, "upper-pending"),
        };

    internal static string? Field(Dictionary<string, string>? fields, string key) =>
        fields is not null && fields.TryGetValue(key, out var value) ? value : null;

    internal static long? Number(Dictionary<string, string>? fields, string key) =>
        Field(fields, key) is { } text ? DrbdNumbers.Long(text) : null;
}
