using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Planners;

/// <summary>
/// An hbal plan as the operations the Engine sends, in stages: jobset after jobset, and inside a
/// jobset the first command of every job together, then the second … (a job's commands depend on
/// each other; the jobs of a jobset touch disjoint nodes). hbal prints names with the cluster's
/// common suffix stripped; each is matched to the one cluster name it abbreviates, or the plan is refused.
/// </summary>
public static class BalanceStages
{
    public static IReadOnlyList<IReadOnlyList<GanetiOperation>> Build(HbalPlan plan, IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> instances, string reason)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Outcome != HbalOutcome.Improved || plan.Jobs.Count == 0)
        {
            throw new ArgumentException("hbal proposed nothing to send: " + plan.Summary);
        }

        var stages = new List<IReadOnlyList<GanetiOperation>>();
        foreach (var jobset in plan.Jobs.GroupBy(j => j.Jobset).OrderBy(g => g.Key))
        {
            var longest = jobset.Max(j => j.Commands.Count);
            for (var k = 0; k < longest; k++)
            {
                stages.Add([.. jobset.Where(j => k < j.Commands.Count).Select(j => Operation(j.Commands[k], nodes, instances, reason))]);
            }
        }

        return stages;
    }

    /// <summary>The cluster name <paramref name="shortName"/> stands for: itself, or the one name it is the first labels of.</summary>
    public static string Resolve(string shortName, IReadOnlyCollection<string> names, string what)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Contains(shortName))
        {
            return shortName;
        }

        var matches = names.Where(n => n.StartsWith(shortName + ".", StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new ArgumentException(matches.Count == 0
                ? $"hbal named {what} '{shortName}', which the latest refresh does not list"
                : $"hbal named {what} '{shortName}', which could be {matches[0]} or {matches[1]}");
    }

    private static GanetiOperation Operation(HbalCommand c, IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> instances, string reason)
    {
        var instance = Resolve(c.Instance, instances, "instance");
        var node = c.Node is { } n ? Resolve(n, nodes, "node") : null;
        return c.Verb switch
        {
            HbalVerb.Migrate => new InstanceMigrate(instance, reason, targetNode: node),
            HbalVerb.Failover => new InstanceFailover(instance, reason, targetNode: node),
            _ => new InstanceReplaceDisks(instance, ReplaceDisksMode.NewSecondary, reason, newSecondary: node),
        };
    }
}
