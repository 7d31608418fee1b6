using GntTui.Engine.Drbd;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Drbd;

/// <summary>Everything about one DRBD disk: both sides, the resync in our figures and DRBD's, and the usual fix.</summary>
internal static class DrbdDetail
{
    private const int SparklineWidth = 40;

    public static DetailContent Build(DrbdDiskView disk, DrbdSnapshot? snapshot, DateTimeOffset now, TimeZoneInfo zone)
    {
        var healthRole = StatusRoles.Drbd(disk.Health);
        var reporter = disk.Reporter();
        var lines = new List<DetailLine>
        {
            DetailLine.Heading("Disk"),
            new("instance", disk.Instance),
            new("disk", $"disk/{disk.DiskIndex}"),
            new("health", StatusRoles.DrbdText(disk.Health), healthRole),
            DrbdText.Flags(disk) is { Length: > 0 } flags
                ? new("flags", flags, disk.Health == DrbdHealth.Inactive ? StyleRole.Muted : StyleRole.Error)
                : new("flags", "-", StyleRole.Muted),
            DetailLine.Heading("Sides"),
            new("primary", DrbdText.Side(disk.Primary)),
            new("secondary", DrbdText.Side(disk.Secondary)),
            new("connection", DrbdText.Connection(reporter)),
            new("roles", DrbdText.Roles(reporter)),
            new("disk states", DrbdText.Disks(reporter)),
            new("sampled", disk.SampledAt is { } at ? TimeText.Ago(at, now) : "never", disk.SampledAt is null ? StyleRole.Warning : StyleRole.Normal),
        };
        lines.AddRange(ResyncLines(disk, zone));
        lines.Add(DetailLine.Heading("What to do"));
        lines.Add(new("meaning", disk.Advice.Summary, healthRole));
        lines.Add(new("usual fix", disk.Advice.Fix));
        if (disk.Advice.CommandText is { } command)
        {
            lines.Add(new("command", command, StyleRole.Accent));
        }

        var notes = disk.Notes.Concat(snapshot?.Notes ?? []).ToList();
        if (notes.Count > 0)
        {
            lines.Add(DetailLine.Heading("Notes"));
            lines.AddRange(notes.Select(n => new DetailLine("", n, StyleRole.Muted)));
        }

        return new DetailContent($"{disk.Instance} disk/{disk.DiskIndex}", lines);
    }

    private static IEnumerable<DetailLine> ResyncLines(DrbdDiskView disk, TimeZoneInfo zone)
    {
        if (disk.Percent is null)
        {
            yield break;
        }

        yield return DetailLine.Heading(disk.Disk.Progress?.IsVerify == true ? "Verify" : "Resync");
        yield return new("done", Units.Percent(disk.Percent), StyleRole.Warning);
        yield return new("remaining", $"{Units.Kibibytes(disk.RemainingKiB)} of {Units.Kibibytes(disk.TotalKiB)}");
        yield return new("speed (ours)", Or(Units.Speed(disk.SmoothedSpeedKiBps ?? disk.CurrentSpeedKiBps)));
        yield return new("speed (DRBD)", Or(Units.Speed(disk.DrbdSpeedKiBps))
            + (disk.WantKiBps is { } want ? $"  want {Units.Speed(want)} (the resync-rate target)" : ""));
        if (disk.SpeedHistory.Count > 1)
        {
            yield return new("speed history", Sparkline.Format(disk.SpeedHistory, SparklineWidth), StyleRole.Sparkline);
        }

        yield return new("eta (ours)", Or(DrbdText.Eta(disk.Eta)));
        yield return new("eta (DRBD)", Or(DrbdText.Eta(disk.DrbdFinish)), disk.Disagrees ? StyleRole.Warning : StyleRole.Normal);
        if (disk.ResyncStartedAt is { } started)
        {
            yield return new("started", TimeText.Full(started, zone) + (disk.ResyncStartObserved ? "" : " (estimated from DRBD's average speed)"));
        }

        if (disk.Stalled)
        {
            var since = disk.Estimate?.NoProgressFor is { } p && p > TimeSpan.Zero ? $" (no progress for {TimeText.Compact(p)})" : "";
            yield return new("stalled", "yes" + since, StyleRole.Error);
        }

        if (disk.IsPaused())
        {
            yield return new("paused", "yes: waiting its turn (resync-after), or paused by the peer or a user", StyleRole.Warning);
        }
    }

    private static string Or(string text) => text.Length > 0 ? text : "-";
}
