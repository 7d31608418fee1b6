using System.Globalization;
using System.Text;

namespace GntTui.Engine.HTools;

/// <summary>Writes htools' text format line for line as Ganeti's <c>Text.serializeCluster</c>.</summary>
public static class HtoolsTextWriter
{
    public static string Write(HtoolsCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var groups = cluster.Groups.ToDictionary(g => g.Uuid, StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var g in cluster.Groups)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{g.Name}|{g.Uuid}|{g.AllocPolicy}|{string.Join(',', g.Tags)}|{string.Join(',', g.Networks)}\n");
        }
        sb.Append('\n');
        foreach (var n in cluster.Nodes)
        {
            sb.Append(Node(n, groups.ContainsKey(n.GroupUuid) ? n.GroupUuid : throw new ArgumentException($"node {n.Name}: no group {n.GroupUuid}", nameof(cluster))));
        }
        sb.Append('\n');
        foreach (var i in cluster.Instances)
        {
            sb.Append(Instance(i));
        }
        sb.Append('\n');
        foreach (var t in cluster.ClusterTags)
        {
            sb.Append(t).Append('\n');
        }
        sb.Append('\n');
        foreach (var p in cluster.PolicyLines)
        {
            sb.Append(p).Append('\n');
        }
        return sb.ToString();
    }

    private static string Node(HtoolsNode n, string group) => string.Create(CultureInfo.InvariantCulture,
        $"{n.Name}|{n.TotalMemory}|{n.NodeMemory}|{n.FreeMemory}|{n.TotalDisk}|{n.FreeDisk}|{n.TotalCpu}|{(n.Unknown ? 'Y' : n.Flag)}|{group}|{n.Spindles}|{string.Join(',', n.Tags ?? [])}|{(n.ExclusiveStorage ? "Y" : "N")}|{n.FreeSpindles}|{n.CpuCount}|{n.CpuSpeed:F6}\n");

    private static string Instance(HtoolsInstance i) => string.Create(CultureInfo.InvariantCulture,
        $"{i.Name}|{i.Memory}|{i.Disk}|{i.Vcpus}|{i.Status}|{(i.AutoBalance ? "Y" : "N")}|{i.PrimaryNode}|{i.SecondaryNode}|{i.DiskTemplate}|{string.Join(',', i.Tags ?? [])}|{i.SpindleUse}|{(i.Spindles is { } s ? s.ToString(CultureInfo.InvariantCulture) : "-")}|{(i.Forthcoming ? "Y" : "N")}\n");
}
