using System.Text;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Engine.Drbd;

/// <summary>Fetches <c>gnt-node list-drbd</c> for the nodes that hold DRBD disks, in one round trip to the master.</summary>
internal static class DrbdMappingLoader
{
    /// <summary>Online nodes that are primary or secondary of a DRBD instance: only they have minors to map.</summary>
    public static IReadOnlyList<string> NodesToQuery(ClusterSnapshot cluster, IReadOnlyCollection<string> online)
    {
        var onlineSet = online.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return cluster.Instances
            .Where(i => i.IsDrbd)
            .SelectMany(i => i.SecondaryNodes.Prepend(i.PrimaryNode))
            .Where(n => n.Length > 0 && onlineSet.Contains(n))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Changes exactly when the mappings may have: a DRBD instance added, removed or moved, a node up or down.</summary>
    public static string Signature(ClusterSnapshot cluster, IReadOnlyCollection<string> online)
    {
        var text = new StringBuilder();
        foreach (var i in cluster.Instances.Where(i => i.IsDrbd).OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            text.Append(i.Name).Append('>').Append(i.PrimaryNode).Append('>').AppendJoin(',', i.SecondaryNodes).Append('\n');
        }
        text.Append("online:").AppendJoin(',', online.Order(StringComparer.OrdinalIgnoreCase));
        return text.ToString();
    }

    /// <summary>One batch on the master; a node whose list-drbd failed is named in the notes and left out of <c>Answered</c>.</summary>
    public static async Task<(IReadOnlyList<DrbdMinorMapping> Rows, IReadOnlyList<string> Notes, IReadOnlyList<string> Answered)> LoadAsync(
        GanetiClient master, IReadOnlyList<string> nodes, CancellationToken ct)
    {
        var notes = new List<string>();
        var valid = nodes.Where(n =>
        {
            if (NameValidator.IsValidHostname(n))
            {
                return true;
            }
            notes.Add($"list-drbd: skipped node '{NameValidator.Printable(n)}' (not a host name)");
            return false;
        }).ToList();
        if (valid.Count == 0)
        {
            return ([], notes, []);
        }
        var results = await master.Shell.RunBatchAsync(valid.Select(GanetiQueries.NodeListDrbd).ToList(), master.Timeout, ct).ConfigureAwait(false);
        var rows = new List<DrbdMinorMapping>();
        var answered = new List<string>();
        for (var k = 0; k < valid.Count && k < results.Count; k++)
        {
            if (!results[k].Succeeded)
            {
                var why = (results[k].Stderr + results[k].Stdout).Trim().Split('\n')[^1];
                notes.Add($"list-drbd {valid[k]} failed (exit {results[k].ExitCode}): {DrbdStateNames.Clip(why, 120)}");
                continue;
            }
            rows.AddRange(ListDrbdParser.Parse(results[k].Stdout, notes));
            answered.Add(valid[k]);
        }
        return (rows, notes, answered);
    }
}
