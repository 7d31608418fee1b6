using GntTui.Engine.Drbd;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Drbd;

/// <summary>DRBD states in the words and shapes of /proc/drbd (cs, ro, ds), for cells and detail lines.</summary>
internal static class DrbdText
{
    public static string Connection(DrbdDevice? device) => device is null ? "-"
        : device.Connection == DrbdConnectionState.Unknown && device.ConnectionText.Length > 0 ? device.ConnectionText
        : device.Connection.ToString();

    /// <summary>"Primary/Secondary" as <c>ro:</c> shows it.</summary>
    public static string Roles(DrbdDevice? device) => device is null ? "-" : $"{device.Role}/{device.PeerRole}";

    /// <summary>"UpToDate/Inconsistent" as <c>ds:</c> shows it.</summary>
    public static string Disks(DrbdDevice? device) => device is null ? "-" : $"{device.Disk}/{device.PeerDisk}";

    /// <summary>Words for what is wrong beyond the health: "stalled", "split brain", "WFConnection", "paused".</summary>
    public static string Flags(DrbdDiskView disk)
    {
        var flags = new List<string>(3);
        if (disk.Health == DrbdHealth.Inactive)
        {
            flags.Add("instance down");
        }

        if (disk.IsSplitBrain())
        {
            flags.Add("split brain");
        }

        // A stalled resync says so in its health already.
        if (disk.Stalled && disk.Health != DrbdHealth.Stalled)
        {
            flags.Add("stalled");
        }

        if (disk.IsWaitingForConnection())
        {
            flags.Add("WFConnection");
        }

        if (disk.IsPaused() && disk.Percent is not null)
        {
            flags.Add("paused");
        }

        if (disk.Disagrees)
        {
            flags.Add("eta?");
        }

        return string.Join(" ", flags);
    }

    /// <summary>One side in a line: "node2 minor 3: Secondary, Inconsistent, SyncTarget (sampled 09:00:01)".</summary>
    public static string Side(DrbdDiskSide? side)
    {
        if (side is null)
        {
            return "unknown";
        }

        var minor = side.Minor is { } m ? $" minor {m}" : "";
        if (side.Device is not { } device)
        {
            // Offline nodes are not sampled, and an unreachable one may never answer: "yet" would promise too much.
            return $"{side.Node}{minor}: no sample (node not sampled yet, offline or unreachable)";
        }

        return $"{side.Node}{minor}: {device.Role}, {device.Disk}, {Connection(device)}"
            + (device.Flags.Length > 0 ? $", flags {device.Flags}" : "");
    }

    public static string Eta(TimeSpan? eta) => eta switch
    {
        null => "",
        { } e when e <= TimeSpan.Zero => "done",
        { } e => TimeText.Compact(e),
    };
}
