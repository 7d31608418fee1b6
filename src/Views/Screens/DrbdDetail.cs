using GntTui.Engine.Drbd;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens;

/// <summary>Everything about one DRBD disk: both sides, the resync in our figures and DRBD's, and the usual fix.</summary>
internal static class DrbdDetail
{
    public static DetailContent Build(DrbdDiskModel disk, DrbdUpdate? update)
    {
        var advice = DrbdAdvisor.Advise(disk.Disk);
        var healthRole = StatusRoles.Drbd(disk.Health);
        var lines = new List<DetailLine>
        {
            DetailLine.Heading("Disk"),
            new("instance", disk.Instance),
            new("disk", $"disk/{disk.DiskIndex}"),
            new("health", StatusRoles.DrbdText(disk.Health), healthRole),
            DrbdText.Flags(disk) is { Length: > 0 } flags ? new("flags", flags, StyleRole.Error) : new("flags", "-", StyleRole.Muted),
            DetailLine.Heading("Sides"),
            new("primary", DrbdText.Side(disk.Disk.Primary)),
            new("secondary", DrbdText.Side(disk.Disk.Secondary)),
            new("connection", DrbdText.Connection(DrbdText.Reporter(disk))),
            new("roles", DrbdText.Roles(DrbdText.Reporter(disk))),
            new("disk states", DrbdText.Disks(DrbdText.Reporter(disk))),
        };
        lines.AddRange(ResyncLines(disk));
        lines.Add(DetailLine.Heading("What to do"));
        lines.Add(new("meaning", advice.Summary, healthRole));
        lines.Add(new("usual fix", advice.Fix));
        if (advice.CommandText is { } command)
        {
            lines.Add(new("command", command, StyleRole.Accent));
        }

        var notes = disk.Disk.Notes.Concat(update?.Notes ?? []).ToList();
        if (notes.Count > 0)
        {
            lines.Add(DetailLine.Heading("Notes"));
            lines.AddRange(notes.Select(n => new DetailLine("", n, StyleRole.Muted)));
        }

        return new DetailContent($"{disk.Instance} disk/{disk.DiskIndex}", lines);
    }

    private static IEnumerable<DetailLine> ResyncLines(DrbdDiskModel disk)
    {
        if (disk.Percent is null)
        {
            yield break;
        }

        var estimate = disk.Estimate;
        var progress = disk.Disk.Progress;
        yield return DetailLine.Heading(progress?.IsVerify == true ? "Verify" : "Resync");
        yield return new("done", Units.Percent(disk.Percent), StyleRole.Warning);
        yield return new("remaining", $"{Units.Kibibytes(disk.RemainingKiB)} of {Units.Kibibytes(disk.TotalKiB)}");
        yield return new("speed (ours)", Units.Speed(estimate?.SmoothedSpeedKiBps ?? estimate?.CurrentSpeedKiBps) is { Length: > 0 } s ? s : "-");
        yield return new("speed (DRBD)", Units.Speed(estimate?.DrbdSpeedKiBps ?? progress?.SpeedKiBps) is { Length: > 0 } d ? d : "-");
        yield return new("eta (ours)", DrbdText.Eta(estimate?.Eta) is { Length: > 0 } e ? e : "-");
        yield return new("eta (DRBD)", DrbdText.Eta(estimate?.DrbdFinish ?? progress?.Finish) is { Length: > 0 } f ? f : "-",
            estimate?.Disagrees == true ? StyleRole.Warning : StyleRole.Normal);
        if (disk.Stalled)
        {
            var since = estimate?.NoProgressFor is { } p && p > TimeSpan.Zero ? $" (no progress for {TimeText.Words(p)})" : "";
            yield return new("stalled", "yes" + since, StyleRole.Error);
        }

        if (disk.IsPaused)
        {
            yield return new("paused", "yes: waiting its turn (resync-after), or paused by the peer or a user", StyleRole.Warning);
        }
    }
}
