using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Info;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Nodes;

/// <summary>Every field of a node, with the instances it carries, its DRBD disks that need attention, then <c>gnt-node info</c>.</summary>
internal static class NodeDetail
{
    public static DetailContent Build(NodeRow row, ConsoleData data, DateTimeOffset now)
    {
        var node = row.Node;
        var primaries = data.Snapshot.Instances.Where(i => i.PrimaryNode == node.Name).Select(i => i.Name).Order(NaturalComparer.Instance).ToList();
        var secondaries = data.Snapshot.Instances.Where(i => i.SecondaryNodes.Contains(node.Name)).Select(i => i.Name).Order(NaturalComparer.Instance).ToList();
        var lines = new List<DetailLine>
        {
            DetailLine.Heading("Node"),
            new("name", node.Name),
            new("role", StatusRoles.NodeRoleText(node.Role), StatusRoles.Node(node)),
            new("master candidate", YesNo(node.MasterCandidate)),
            new("offline", YesNo(node.Offline), node.Offline ? StyleRole.Offline : StyleRole.Normal),
            new("drained", YesNo(node.Drained), node.Drained ? StyleRole.Warning : StyleRole.Normal),
            new("group", NodeColumns.GroupCell(node).Text, NodeColumns.GroupCell(node).Role ?? StyleRole.Normal),
            DetailLine.Heading("Memory"),
            new("total", Units.Mebibytes(node.MemoryTotal)),
            new("used by the node", Units.Mebibytes(node.MemoryNode)),
            new("free", Units.Mebibytes(node.MemoryFree)),
            DetailLine.Heading("Disk"),
            new("total", Units.Mebibytes(node.DiskTotal)),
            new("free", Units.Mebibytes(node.DiskFree)),
            DetailLine.Heading("Instances"),
            new("primary", $"{node.PrimaryCount}: {List(primaries)}"),
            new("secondary", $"{node.SecondaryCount}: {List(secondaries)}"),
            DetailLine.Heading("DRBD"),
        };
        lines.AddRange(DrbdLines(node.Name, row.Drbd, data, now));
        lines.AddRange(InfoLines.For(InfoKind.Node, node.Name, data));
        return new DetailContent(node.Name, lines);
    }

    private static IEnumerable<DetailLine> DrbdLines(string node, DrbdNodeView? drbd, ConsoleData data, DateTimeOffset now)
    {
        if (data.Drbd is null || drbd is null)
        {
            yield return new("status", data.Drbd is null ? "DRBD data not available (sampling not started)" : "not sampled", StyleRole.Muted);
            yield break;
        }

        var summary = NodeColumns.DrbdCell(drbd);
        yield return new("status", drbd is { NoDrbd: true, LastSampleAt: not null } ? "no DRBD on this node" : summary.Text, summary.Role ?? StyleRole.Normal);
        if (drbd.Stream is { } stream)
        {
            yield return new("stream", $"{stream.State.ToString().ToLowerInvariant()}, started {stream.StreamStarts}x, {stream.Samples} samples");
            if (stream.LastError is { Length: > 0 } error)
            {
                yield return new("last error", error, StyleRole.Warning);
            }

            if (stream.RetryAt is { } retry && retry > now)
            {
                yield return new("next try", "in " + TimeText.Compact(retry - now));
            }
        }

        if (drbd.LastSampleAt is not { } at)
        {
            yield return new("last sample", "none yet", StyleRole.Warning);
            yield break;
        }

        yield return new("last sample", TimeText.Ago(at, now));
        if (drbd.NoDrbd)
        {
            yield return new("", "/proc/drbd is empty or missing: the DRBD module is not loaded", StyleRole.Muted);
            yield break;
        }

        yield return new("DRBD release", drbd.DrbdRelease ?? "-");
        yield return new("devices", Units.Count(drbd.DeviceCount));
        yield return new("degraded", Units.Count(drbd.DegradedCount), drbd.DegradedCount == 0 ? StyleRole.Running : StyleRole.Error);
        if (drbd.UnmappedCount > 0)
        {
            yield return new("unmapped minors", $"{drbd.UnmappedCount} (no instance owns them: left over from a failed operation?)", StyleRole.Warning);
        }

        foreach (var disk in data.Drbd.Disks.Where(d => d.IsUnhealthy() && d.NodeNames().Contains(node, StringComparer.OrdinalIgnoreCase)))
        {
            yield return new($"{disk.Instance} disk/{disk.DiskIndex}", StatusRoles.DrbdText(disk.Health), StatusRoles.Drbd(disk.Health));
        }

        foreach (var note in drbd.Notes)
        {
            yield return new("", note, StyleRole.Muted);
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "-" : string.Join(", ", names);
}
