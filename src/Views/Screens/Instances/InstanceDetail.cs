using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Info;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Drbd;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Instances;

/// <summary>Every field of an instance, the job working on it, both sides of each DRBD disk, then <c>gnt-instance info</c>.</summary>
internal static class InstanceDetail
{
    public static DetailContent Build(InstanceRow row, ConsoleData data)
    {
        var instance = row.Instance;
        var lines = new List<DetailLine>
        {
            DetailLine.Heading("Instance"),
            new("name", instance.Name),
            new("status", instance.StatusText, StatusRoles.Instance(instance.Status)),
            new("admin state", instance.AdminState),
            new("oper state", instance.OperState.HasValue ? (instance.OperState.Value ? "running" : "stopped") : instance.OperState.ToString()),
            new("primary node", instance.PrimaryNode),
            new("secondary nodes", instance.SecondaryNodes.Count == 0 ? "-" : string.Join(", ", instance.SecondaryNodes)),
            new("disk template", instance.DiskTemplate),
            new("memory", Units.Mebibytes(instance.Memory)),
            new("vcpus", instance.Vcpus.ToString()),
            new("memory in use", Units.Mebibytes(instance.OperRam)),
            new("current job", row.Job is { } job ? $"{job.Text} ({StatusRoles.JobText(job.Job.Status)}): {job.Job.Summary}" : "-",
                row.Job is { } j ? StatusRoles.Job(j.Job.Status) : StyleRole.Normal),
        };
        lines.AddRange(DiskLines(instance, data));
        lines.AddRange(InfoLines.For(InfoKind.Instance, instance.Name, data));
        return new DetailContent(instance.Name, lines);
    }

    private static IEnumerable<DetailLine> DiskLines(GanetiInstance instance, ConsoleData data)
    {
        if (!instance.IsDrbd)
        {
            yield break;
        }

        yield return DetailLine.Heading("DRBD disks");
        if (data.DrbdIndex is not { } index)
        {
            yield return new("status", "DRBD data not available (sampling not started)", StyleRole.Muted);
            yield break;
        }

        if (!index.ByInstance.TryGetValue(instance.Name, out var disks))
        {
            yield return new("status", "no DRBD devices reported for this instance", StyleRole.Muted);
            yield break;
        }

        foreach (var disk in disks)
        {
            var name = $"disk/{disk.DiskIndex}";
            yield return new(name, StatusRoles.DrbdText(disk.Health) + (DrbdText.Flags(disk) is { Length: > 0 } f ? $" ({f})" : ""),
                StatusRoles.Drbd(disk.Health));
            yield return new($"{name} primary", DrbdText.Side(disk.Primary));
            yield return new($"{name} secondary", DrbdText.Side(disk.Secondary));
            if (disk.Percent is { } percent)
            {
                var eta = DrbdText.Eta(disk.BestEta());
                yield return new($"{name} resync",
                    Units.Percent(percent)
                        + (disk.BestSpeedKiBps() is { } speed ? $" at {Units.Speed(speed)}" : "")
                        + (eta.Length > 0 ? $", eta {eta}" : ""),
                    disk.Stalled ? StyleRole.Error : StyleRole.Warning);
            }
        }
    }
}
