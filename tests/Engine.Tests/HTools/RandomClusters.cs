using GntTui.Engine.HTools;

namespace GntTui.Engine.Tests.HTools;

/// <summary>
/// Random clusters for the N+1 differential test: 1–3 groups of 2–6 nodes, some offline (which is
/// also how htools writes a drained node), free memory from none to plenty, DRBD (mostly within
/// the group, across groups in some clusters), plain, sharedfile, file and diskless instances in every status,
/// some not auto-balanced, some forthcoming. Names carry a cluster prefix so several clusters
/// can share one file (N+1 only relates nodes through instances, so they stay independent).
/// </summary>
internal static class RandomClusters
{
    private static readonly string[] Statuses =
        ["running", "running", "running", "running", "ADMIN_down", "ADMIN_offline", "ERROR_down", "ERROR_up", "ERROR_nodedown", "ERROR_nodeoffline", "USER_down", "ERROR_wrongnode"];

    private static readonly string[] Templates = ["drbd", "drbd", "drbd", "drbd", "drbd", "plain", "sharedfile", "sharedfile", "file", "diskless"];

    /// <param name="split">Whether some DRBD instances may have their secondary in another group.</param>
    public static HtoolsCluster One(Random rnd, string prefix, bool split)
    {
        var groups = Enumerable.Range(1, rnd.Next(1, 4))
            .Select(g => new HtoolsGroup($"{prefix}g{g}", $"{prefix}uuid-{g}", "preferred", [], [])).ToList();
        var nodes = new List<HtoolsNode>();
        foreach (var g in groups)
        {
            var count = rnd.Next(2, 7);
            for (var n = 0; n < count; n++)
            {
                var free = rnd.Next(10) == 0 ? 0 : rnd.Next(0, 65) * 128;
                var flag = rnd.Next(8) == 0 ? 'Y' : nodes.Count == 0 ? 'M' : 'N';
                nodes.Add(new HtoolsNode($"{prefix}n{nodes.Count}", 16384, 512, free, 500000, 250000, 8, flag, g.Uuid, Spindles: 4));
            }
        }
        var instances = new List<HtoolsInstance>();
        var total = rnd.Next(0, nodes.Count * 3 + 1);
        for (var i = 0; i < total; i++)
        {
            var template = Templates[rnd.Next(Templates.Length)];
            var primary = nodes[rnd.Next(nodes.Count)];
            string? secondary = null;
            if (template == "drbd")
            {
                var sameGroup = nodes.Where(n => n.GroupUuid == primary.GroupUuid && n.Name != primary.Name).ToList();
                var pool = sameGroup.Count > 0 && (!split || rnd.Next(4) != 0) ? sameGroup : nodes.Where(n => n.Name != primary.Name).ToList();
                secondary = pool[rnd.Next(pool.Count)].Name;
            }
            instances.Add(new HtoolsInstance($"{prefix}i{i}", 128L * rnd.Next(1, 33), 10240, 1, Statuses[rnd.Next(Statuses.Length)],
                rnd.Next(7) != 0, primary.Name, secondary, template, Forthcoming: rnd.Next(20) == 0));
        }
        return new HtoolsCluster(groups, nodes, instances, [], []);
    }

    /// <summary>Several clusters as one htools file.</summary>
    public static HtoolsCluster Merge(IReadOnlyList<HtoolsCluster> clusters) => new(
        [.. clusters.SelectMany(c => c.Groups)], [.. clusters.SelectMany(c => c.Nodes)], [.. clusters.SelectMany(c => c.Instances)], [], []);
}
