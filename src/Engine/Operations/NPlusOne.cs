using GntTui.Engine.Model;
using GntTui.Engine.Redundancy;

namespace GntTui.Engine.Operations;

/// <summary>
/// Ganeti's N+1 verdict (<see cref="NPlusOneRule"/>) on the cluster before and after planned
/// moves. Warns only when the moves make it worse: a node that was happy fails, or a failing node
/// has less room than before; a cluster that stays as unhappy as it was gets a note.
/// </summary>
internal static class NPlusOne
{
    public static void Compare(ClusterSnapshot cluster, Action<MemoryPlan> moves, List<PreflightFinding> found)
    {
        var model = RedundancyModel.From(cluster);
        var before = model.Judge();
        var plan = new MemoryPlan(cluster.Nodes, cluster.Instances);
        moves(plan);
        foreach (var (instance, to) in plan.Moves)
        {
            model.Move(instance, to);
        }
        var after = model.Judge();
        if (after.Happy)
        {
            return;
        }
        var worse = after.Failures.Where(f => before.For(f.Node) is not { } b || Margin(f) < Margin(b)).ToList();
        if (before.Happy)
        {
            found.Add(PreflightFinding.Warning(PreflightCodes.NPlusOneLost, "the cluster would lose N+1 redundancy: " + worse[0].Explain()));
        }
        else if (worse.Count > 0)
        {
            found.Add(PreflightFinding.Warning(PreflightCodes.NPlusOneLost, "the cluster already lacks N+1 redundancy and this makes it worse: " + worse[0].Explain()));
        }
        else
        {
            found.Add(PreflightFinding.Info(PreflightCodes.NPlusOneAlreadyLost, "the cluster already lacks N+1 redundancy: " + after.Failures[0].Explain()));
        }
    }

    private static long Margin(NPlusOneFailure f) => f.FreeMiB - f.NeededMiB;
}
