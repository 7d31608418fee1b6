using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Remote;

namespace GntTui.Faults.Tests.Hostile;

/// <summary>
/// Every way a name reaches a remote command line, each tried with one hostile name: the argv it
/// would send, or the validation's refusal. Names reach commands as operation targets (instances,
/// nodes, target nodes, iallocators, new secondaries), as reasons, from the cluster's own list
/// output (the rows the console then acts on) and as job ids.
/// </summary>
public static class HostileCommands
{
    public sealed record Attempt(string Path, IReadOnlyList<string>? Argv, string? Refusal);

    private const string Instance = "inst1.example.com";
    private const string Node = "node2.example.com";

    private static readonly (string Path, Func<string, IReadOnlyList<string>> Build)[] Builders =
    [
        ("instance reboot target", n => new InstanceReboot(n).BuildArgv()),
        ("instance migrate target", n => new InstanceMigrate(n).BuildArgv()),
        ("instance failover target", n => new InstanceFailover(n).BuildArgv()),
        ("instance shutdown target", n => new InstanceShutdown(n).BuildArgv()),
        ("instance startup target", n => new InstanceStartup(n).BuildArgv()),
        ("instance activate-disks target", n => new InstanceActivateDisks(n).BuildArgv()),
        ("instance replace-disks target", n => new InstanceReplaceDisks(n, ReplaceDisksMode.Auto).BuildArgv()),
        ("migrate target node", n => new InstanceMigrate(Instance, targetNode: n).BuildArgv()),
        ("migrate iallocator", n => new InstanceMigrate(Instance, iallocator: n).BuildArgv()),
        ("failover target node", n => new InstanceFailover(Instance, targetNode: n).BuildArgv()),
        ("replace-disks new secondary", n => new InstanceReplaceDisks(Instance, ReplaceDisksMode.NewSecondary, newSecondary: n).BuildArgv()),
        ("node migrate target", n => new NodeMigrate(n).BuildArgv()),
        ("node evacuate target", n => new NodeEvacuate(n, Primaries: true).BuildArgv()),
        ("node drain target", n => new NodeSetDrained(n, Drained: true).BuildArgv()),
        ("node offline target", n => new NodeSetOffline(n, Offline: true).BuildArgv()),
        ("node master-candidate target", n => new NodeSetMasterCandidate(n, Candidate: false).BuildArgv()),
        ("list-drbd node", n => GanetiQueries.NodeListDrbd(n)),
        ("reason", Reason),
        ("resync-rate reason", n => RefusedReason(n) ?? new ClusterSetDrbdResyncRate(61440, n).BuildArgv()),
    ];

    /// <summary>What the console sends as a reason: refused before sending when Ganeti could not store it, tagged otherwise.</summary>
    private static IReadOnlyList<string> Reason(string reason) =>
        RefusedReason(reason) ?? new InstanceReboot(Instance, ReasonMarker.Mark(reason, "0123456789ab")).BuildArgv();

    /// <summary>Null when Ganeti can store the reason; throws the refusal (as validation does) when it cannot.</summary>
    private static IReadOnlyList<string>? RefusedReason(string reason) =>
        ReasonText.Problem(reason) is { } problem ? throw new ArgumentException(problem, nameof(reason)) : null;

    /// <summary>Every attempt for one name.</summary>
    public static IEnumerable<Attempt> For(string name)
    {
        foreach (var (path, build) in Builders)
        {
            yield return Try(path, () => build(name));
        }
        foreach (var attempt in FromClusterOutput(name))
        {
            yield return attempt;
        }
    }

    /// <summary>
    /// The name inside the cluster's own answers: a node row, an instance row (as its name and as
    /// its nodes) and a job row (as the id); whatever the parsers keep is acted on as the console would.
    /// </summary>
    private static IEnumerable<Attempt> FromClusterOutput(string name)
    {
        var nodes = new NodeListParser().Parse($"{name}|M|N|N|Y|24105|624|22982|258019|79605|2|0|default\n");
        if (nodes.Rows.Count == 0)
        {
            yield return new Attempt("node name from gnt-node list", null, (nodes.Problems.Count > 0 ? nodes.Problems[0] : "no row"));
        }
        foreach (var node in nodes.Rows)
        {
            yield return Try("node name from gnt-node list", () => new NodeMigrate(node.Name).BuildArgv());
            yield return Try("node name from gnt-node list (list-drbd)", () => GanetiQueries.NodeListDrbd(node.Name));
        }

        var instances = new InstanceListParser().Parse($"{name}|running|Y|up|{name}|{name}|drbd|512|1|512\n");
        if (instances.Rows.Count == 0)
        {
            yield return new Attempt("instance name from gnt-instance list", null, (instances.Problems.Count > 0 ? instances.Problems[0] : "no row"));
        }
        foreach (var instance in instances.Rows)
        {
            yield return Try("instance name from gnt-instance list", () => new InstanceReboot(instance.Name).BuildArgv());
            yield return Try("primary node from gnt-instance list", () => GanetiQueries.NodeListDrbd(instance.PrimaryNode));
            foreach (var secondary in instance.SecondaryNodes)
            {
                yield return Try("secondary node from gnt-instance list", () => new InstanceMigrate(instance.Name, targetNode: secondary).BuildArgv());
            }
        }

        var jobs = new JobListParser().Parse($"{name}|running|INSTANCE_REBOOT(inst1)|1700000000.0|1700000000.5|\n");
        if (jobs.Rows.Count == 0)
        {
            yield return new Attempt("job id from gnt-job list", null, (jobs.Problems.Count > 0 ? jobs.Problems[0] : "no row"));
        }
        foreach (var job in jobs.Rows)
        {
            yield return Try("job id from gnt-job list (cancel)", () => new JobCancel(job.Id).BuildArgv());
            yield return Try("job id from gnt-job list (info)", () => GanetiQueries.JobInfo(job.Id));
        }
    }

    /// <summary>The argv, or why validation refused it; a NUL is refused by the quoting itself, before anything is sent.</summary>
    private static Attempt Try(string path, Func<IReadOnlyList<string>> build)
    {
        try
        {
            var argv = build();
            _ = ShellQuote.Join(argv);
            return new Attempt(path, argv, null);
        }
        catch (ArgumentException e)
        {
            return new Attempt(path, null, e.Message);
        }
    }
}
