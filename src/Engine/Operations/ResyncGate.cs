using System.Globalization;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Text;

namespace GntTui.Engine.Operations;

/// <summary>
/// "Every DRBD disk touching the node is in sync": the condition of the runbook's wait steps, read
/// from the DRBD monitor's snapshot. A disk that is neither in sync nor resyncing keeps it waiting
/// too, with a message that says so (waiting will not fix it; the operator may skip).
/// </summary>
public static class ResyncGate
{
    public static (bool Done, string Message) Check(string node, DrbdSnapshot? drbd, IReadOnlyList<GanetiInstance> instances)
    {
        var n = NodeNames.Short(node);
        var mirrored = instances.Count(i => i.IsDrbd && (RunbookPlanner.Same(i.PrimaryNode, node) || i.SecondaryNodes.Any(s => RunbookPlanner.Same(s, node))));
        var disks = drbd?.Disks.Where(d => Touches(d, node)).ToList() ?? [];
        if (mirrored == 0 && disks.Count == 0)
        {
            return (true, $"no DRBD disks on {n}");
        }
        if (disks.Count == 0)
        {
            return (false, string.Create(CultureInfo.InvariantCulture, $"waiting for DRBD readings of the {mirrored} DRBD instance(s) on {n}"));
        }
        var syncing = disks.Where(d => d.IsResyncing).ToList();
        var stuck = disks.Where(d => !d.IsResyncing && d.Health is not (DrbdHealth.Healthy or DrbdHealth.Verifying)).ToList();
        if (syncing.Count == 0 && stuck.Count == 0)
        {
            return (true, string.Create(CultureInfo.InvariantCulture, $"all {disks.Count} DRBD disk(s) touching {n} are in sync"));
        }
        var parts = new List<string>();
        if (syncing.Count > 0)
        {
            var longest = syncing.OrderByDescending(d => d.Eta ?? d.DrbdFinish ?? TimeSpan.MaxValue).First();
            var eta = (longest.Eta ?? longest.DrbdFinish) is { } t ? ", about " + DurationText.Compact(t) + " left" : "";
            var pct = longest.Percent is { } p ? string.Create(CultureInfo.InvariantCulture, $" {p:0.#}%") : "";
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{syncing.Count} resyncing (slowest: {NodeNames.Short(longest.Instance)} disk/{longest.DiskIndex}{pct}{eta})"));
        }
        if (stuck.Count > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture,
                $"{stuck.Count} not in sync and not resyncing: {string.Join(", ", stuck.Select(d => $"{NodeNames.Short(d.Instance)} disk/{d.DiskIndex} ({d.Health})"))} (check them, or skip)"));
        }
        return (false, string.Join("; ", parts));
    }

    private static bool Touches(DrbdDiskView d, string node) =>
        d.Primary?.Node is { } p && RunbookPlanner.Same(p, node) || d.Secondary?.Node is { } s && RunbookPlanner.Same(s, node);
}
