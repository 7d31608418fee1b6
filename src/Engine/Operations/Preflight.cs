using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;

namespace GntTui.Engine.Operations;

/// <summary>
/// The checks run before an operation is offered for confirmation. Pure: the last snapshot, the
/// DRBD view and the unfinished jobs in, findings out; nothing is asked of the cluster.
/// </summary>
public static class Preflight
{
    /// <param name="activeJobs">Jobs known besides the snapshot's (e.g. submitted since); finished ones are ignored.</param>
    public static PreflightReport Check(GanetiOperation operation, ClusterSnapshot cluster, DrbdSnapshot? drbd = null, IReadOnlyList<GanetiJob>? activeJobs = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(cluster);
        var jobs = ActiveJobs.Merge(cluster.Jobs, activeJobs);
        var found = new List<PreflightFinding>();
        switch (operation)
        {
            case InstanceMigrate m:
                InstanceMoveChecks.Migrate(m, cluster, drbd, found);
                InstanceJobs(m.Instance, m.TargetNode, jobs, found);
                break;
            case InstanceFailover f:
                InstanceMoveChecks.Failover(f, cluster, drbd, found);
                InstanceJobs(f.Instance, f.TargetNode, jobs, found);
                break;
            case NodeMigrate nm:
                NodeMoveChecks.Primaries(nm.Node, live: true, cluster, drbd, found);
                NodeJobs(nm.Node, primaries: true, cluster, jobs, found);
                break;
            case NodeEvacuate ne when ne.Primaries:
                NodeMoveChecks.Primaries(ne.Node, live: false, cluster, drbd, found);
                NodeJobs(ne.Node, primaries: true, cluster, jobs, found);
                break;
            case NodeEvacuate ne:
                NodeMoveChecks.Secondaries(ne.Node, cluster, found);
                NodeJobs(ne.Node, primaries: false, cluster, jobs, found);
                break;
            case JobCancel c:
                Cancel(c, cluster, jobs, found);
                break;
            case InstanceOperation i:
                if (cluster.FindInstance(i.Instance) is null)
                {
                    found.Add(PreflightFinding.Blocker(PreflightCodes.UnknownInstance, $"no instance {i.Instance} in the last refresh"));
                }
                InstanceJobs(i.Instance, null, jobs, found);
                break;
            case NodeOperation n:
                if (cluster.FindNode(n.Node) is null)
                {
                    found.Add(PreflightFinding.Blocker(PreflightCodes.UnknownNode, $"no node {n.Node} in the last refresh"));
                }
                Holding(n.Node, jobs, found);
                break;
        }
        return new PreflightReport(operation, found);
    }

    /// <summary>
    /// The <c>--reason</c> Ganeti records with the job: what, from where to where, and who
    /// ("gnt-tui: migrate inst1 off node1 (alice@laptop)").
    /// </summary>
    public static string DefaultReason(GanetiOperation operation, ClusterSnapshot? cluster = null, string? operatorName = null)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var who = operatorName ?? Store.AuditLog.LocalOperator();
        return $"gnt-tui: {Describe(operation, cluster)} ({who})";
    }

    private static string Describe(GanetiOperation op, ClusterSnapshot? cluster)
    {
        string Off(string instance) =>
            cluster?.FindInstance(instance) is { } i ? " off " + NodeNames.Short(i.PrimaryNode) : "";
        string To(string? node) => node is null ? "" : " to " + NodeNames.Short(node);
        return op switch
        {
            InstanceMigrate m => $"{m.Verb} {NodeNames.Short(m.Instance)}{(m.Cleanup ? "" : Off(m.Instance) + To(m.TargetNode))}",
            InstanceFailover f => $"{f.Verb} {NodeNames.Short(f.Instance)}{Off(f.Instance)}{To(f.TargetNode)}",
            NodeMigrate n => $"migrate primaries off {NodeNames.Short(n.Node)}",
            NodeEvacuate e => $"evacuate {(e.Primaries ? "primaries" : "secondaries")} off {NodeNames.Short(e.Node)}",
            ClusterSetDrbdResyncRate r => $"set the DRBD resync rate to {r.RateKiBps} KiB/s",
            _ => $"{op.Verb} {(op is InstanceOperation or NodeOperation ? NodeNames.Short(op.TargetName) : op.TargetName)}",
        };
    }

    private static void InstanceJobs(string instance, string? target, IReadOnlyList<GanetiJob> jobs, List<PreflightFinding> found)
    {
        Holding(instance, jobs, found);
        if (target is not null)
        {
            foreach (var j in ActiveJobs.Naming(jobs, target))
            {
                found.Add(PreflightFinding.Warning(PreflightCodes.JobOnTarget, $"{ActiveJobs.Describe(j)} on the target {NodeNames.Short(target)}"));
            }
        }
    }

    private static void NodeJobs(string node, bool primaries, ClusterSnapshot cluster, IReadOnlyList<GanetiJob> jobs, List<PreflightFinding> found)
    {
        Holding(node, jobs, found);
        var affected = cluster.Instances.Where(i => primaries
            ? string.Equals(i.PrimaryNode, node, StringComparison.OrdinalIgnoreCase)
            : i.SecondaryNodes.Contains(node, StringComparer.OrdinalIgnoreCase));
        foreach (var i in affected)
        {
            Holding(i.Name, jobs, found);
        }
    }

    private static void Holding(string name, IReadOnlyList<GanetiJob> jobs, List<PreflightFinding> found)
    {
        foreach (var j in ActiveJobs.Naming(jobs, name))
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.JobHoldsObject, $"{ActiveJobs.Describe(j)} on {NodeNames.Short(name)}: wait for it or cancel it"));
        }
    }

    private static void Cancel(JobCancel c, ClusterSnapshot cluster, IReadOnlyList<GanetiJob> active, List<PreflightFinding> found)
    {
        var job = active.FirstOrDefault(j => j.Id == c.JobId) ?? cluster.Jobs.FirstOrDefault(j => j.Id == c.JobId);
        if (job is null)
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.JobNotCancelable, $"{c.TargetName} is not in the job list"));
        }
        else if (job.Status is not (JobStatus.Queued or JobStatus.Waiting))
        {
            found.Add(PreflightFinding.Blocker(PreflightCodes.JobNotCancelable, JobCanceller.Refusal(job)));
        }
    }
}
