using System.Text;

namespace GntTui.Simulator;

/// <summary>
/// /proc/drbd of one node in DRBD 8.4's layout (drbd_proc.c): the version lines, then per active
/// minor the state line, the counters line and, while resyncing, the progress and speed lines.
/// A blank line marks a gap in the minor numbers, as the kernel prints it.
/// </summary>
internal static class ProcDrbdWriter
{
    public static string Render(SimulatedCluster c, SimNode node)
    {
        var now = c.Scheduler.Now;
        var sb = new StringBuilder();
        sb.Append("version: ").Append(c.Options.DrbdVersion).Append(" (api:1/proto:86-101)\n");
        sb.Append("srcversion: 211FB288A383ED945B83420 \n");
        var previous = -1;
        foreach (var (minor, end) in node.DrbdMinors)
        {
            if (!end.IsActive)
            {
                continue;
            }
            if (previous != minor - 1)
            {
                sb.Append('\n');
            }
            previous = minor;
            WriteMinor(sb, c, end, minor, now);
        }
        return sb.ToString();
    }

    private static void WriteMinor(StringBuilder sb, SimulatedCluster c, SimDrbdEnd end, int minor, DateTimeOffset now)
    {
        var link = end.Link;
        var peer = end.Peer;
        var connected = link.IsConnected;
        var cs = link.ConnectionState(end);
        var peerRole = connected ? peer.Role.ToString() : "Unknown";
        var peerDisk = connected ? peer.Disk.ToString() : "DUnknown";
        var protocol = end.NetworkAttached ? 'C' : ' ';
        sb.Append(minor < 10 ? " " : "").Append(minor).Append(": cs:").Append(cs)
            .Append(" ro:").Append(end.Role).Append('/').Append(peerRole)
            .Append(" ds:").Append(end.Disk).Append('/').Append(peerDisk)
            .Append(' ').Append(protocol).Append(" r-----\n");
        var resync = link.Resync;
        var (ns, nr, dw, dr, al) = end.Counters.Read(end, now);
        var oos = resync is not null ? resync.LeftAt(now) : connected ? 0 : OutOfSync(link, now);
        sb.Append("    ns:").Append(U32(ns)).Append(" nr:").Append(U32(nr)).Append(" dw:").Append(U32(dw)).Append(" dr:").Append(U32(dr))
            .Append(" al:").Append(al).Append(" bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:").Append(oos).Append('\n');
        if (resync is not null)
        {
            WriteProgress(sb, c, resync, ReferenceEquals(resync.Target, end), now);
        }
    }

    /// <summary>8.4 prints these counters as 32-bit unsigned: long uptimes wrap.</summary>
    private static long U32(long value) => (long)((ulong)Math.Max(0, value) % (1UL << 32));

    private static long OutOfSync(SimDrbdLink link, DateTimeOffset now)
    {
        var pending = link.OutOfSyncKiB;
        if (link.Writer() is not null && now > link.OutOfSyncSince)
        {
            pending += (long)(link.Instance.WriteRateKiBps * (now - link.OutOfSyncSince).TotalSeconds);
        }
        return Math.Min(link.SizeKiB, pending) / 4 * 4;
    }

    private static void WriteProgress(StringBuilder sb, SimulatedCluster c, SimDrbdResync r, bool isTarget, DateTimeOffset now)
    {
        var reading = r.Read(now);
        var x = reading.PerMille / 50;
        sb.Append("\t[");
        for (var i = 1; i < x; i++)
        {
            sb.Append('=');
        }
        sb.Append('>');
        for (var i = 0; i < 20 - x; i++)
        {
            sb.Append('.');
        }
        sb.Append("] sync'ed:").Append((reading.PerMille / 10).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(3))
            .Append('.').Append(reading.PerMille % 10).Append("% ");
        if (r.TotalKiB > 4L * 1024 * 1024)
        {
            sb.Append('(').Append(reading.LeftKiB >> 10).Append('/').Append(r.TotalKiB >> 10).Append(")M");
            sb.Append(c.Options.DrbdGluesMegabyteLines ? "" : "\n\t");
        }
        else
        {
            sb.Append('(').Append(reading.LeftKiB).Append('/').Append(r.TotalKiB).Append(")K\n\t");
        }
        var rt = reading.FinishSeconds;
        sb.Append("finish: ").Append(rt / 3600).Append(':').Append((rt % 3600 / 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
            .Append(':').Append((rt % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        sb.Append(" speed: ").Append(GanetiFormat.Thousands(reading.SpeedKiBps))
            .Append(" (").Append(GanetiFormat.Thousands(reading.AverageKiBps)).Append(')');
        if (isTarget)
        {
            sb.Append(" want: ").Append(GanetiFormat.Thousands(r.WantKiBps));
        }
        sb.Append(" K/sec").Append(reading.Stalled ? " (stalled)" : "").Append('\n');
    }
}
