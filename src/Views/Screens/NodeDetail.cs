using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens;

/// <summary>Every field of a node, with the instances it carries and its DRBD disks that need attention.</summary>
internal static class NodeDetail
{
    public static DetailContent Build(NodeRow row, ConsoleData data)
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
            new("group", node.Group),
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
        lines.AddRange(DrbdLines(node.Name, row.DrbdUnhealthy, data));
        return new DetailContent(node.Name, lines);
    }

    private static IEnumerable<DetailLine> DrbdLines(string node, int? unhealthy, ConsoleData data)
    {
        if (data.Drbd is null || unhealthy is null)
        {
            yield return new("status", data.Drbd is null ? "DRBD data not available (sampling not started)" : "no DRBD disks reported", StyleRole.Muted);
            yield break;
        }

        yield return new("degraded disks", Units.Count(unhealthy.Value), unhealthy == 0 ? StyleRole.Running : StyleRole.Error);
        foreach (var disk in data.Drbd.Disks.Where(d => d.IsUnhealthy && d.Nodes.Contains(node, StringComparer.OrdinalIgnoreCase)))
        {
            yield return new($"{disk.Instance} disk/{disk.DiskIndex}", StatusRoles.DrbdText(disk.Health), StatusRoles.Drbd(disk.Health));
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "-" : string.Join(", ", names);
}
