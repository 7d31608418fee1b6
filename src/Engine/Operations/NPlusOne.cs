using GntTui.Engine.Model;

namespace GntTui.Engine.Operations;

/// <summary>Compares N+1 redundancy before and after planned moves (see <see cref="MemoryPlan"/> for the rule).</summary>
internal static class NPlusOne
{
    public static void Compare(ClusterSnapshot cluster, Action<MemoryPlan> moves, List<PreflightFinding> found)
    {
        var before = new MemoryPlan(cluster.Nodes, cluster.Instances).Gaps();
        var plan = new MemoryPlan(cluster.Nodes, cluster.Instances);
        moves(plan);
        var after = plan.Gaps();
        if (before.Count > 0)
        {
            found.Add(PreflightFinding.Info(PreflightCodes.NPlusOneAlreadyLost, "the cluster already lacks N+1 redundancy: " + before[0].Explain()));
        }
        else if (after.Count > 0)
        {
            found.Add(PreflightFinding.Warning(PreflightCodes.NPlusOneLost, "the cluster would lose N+1 redundancy: " + after[0].Explain()));
        }
    }
}
