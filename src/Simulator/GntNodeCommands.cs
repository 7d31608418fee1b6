using System.Text;

namespace GntTui.Simulator;

/// <summary>gnt-node: list, list-drbd, info, list-tags, modify, migrate, evacuate.</summary>
internal static class GntNodeCommands
{
    public static readonly IReadOnlyList<GntCommand> Commands =
    [
        new("list", "[nodes...]", "Lists the nodes in the cluster", GntOption.ListOptions, 0, null, List),
        new("list-drbd", "[<node_name>]", "Query the list of used DRBD minors on the given node",
            [GntOption.NoHeaders, GntOption.Separator], 1, 1, ListDrbd),
        new("info", "[<node_name>...]", "Show information about the node(s)", [], 0, null, Info),
        new("list-tags", "<node_name>", "List the tags of the given node", [], 1, 1, inv => GntInstanceCommands.ListTags(inv, node: true)),
        new("modify", "<node_name>", "Alters the parameters of a node",
            [GntOption.Force, .. GntOption.SubmitOptions, GntOption.DryRun, GntOption.Value("master_candidate", "-C", "--master-candidate"),
             GntOption.Value("drained", "-D", "--drained"), GntOption.Value("offline", "-O", "--offline"),
             GntOption.Flag("auto_promote", "--auto-promote"), GntOption.Value("master_capable", "--master-capable"),
             GntOption.Value("vm_capable", "--vm-capable")], 1, 1, Modify),
        new("migrate", "[-f] <node>", "Migrate all the primary instance on a node away from it",
            [GntOption.Force, GntOption.Flag("non_live", "--non-live"), GntOption.Value("migration_mode", "--migration-mode"),
             GntOption.TargetNode, GntOption.IAllocator, GntOption.IgnoreIPolicy, GntOption.Flag("no_runtime_changes", "--no-runtime-changes"),
             .. GntOption.SubmitOptions], 1, 1, Migrate),
        new("evacuate", "[-f] {-I <iallocator> | -n <dst>} [-p | -s] [options...] <node>",
            "Relocate the primary and/or secondary instances from a node",
            [GntOption.Force, GntOption.IAllocator, GntOption.TargetNode, GntOption.EarlyRelease,
             GntOption.Flag("primary_only", "-p", "--primary-only"), GntOption.Flag("secondary_only", "-s", "--secondary-only"),
             .. GntOption.SubmitOptions], 1, 1, Evacuate),
        GntCommand.NotSimulated("add", "[-s ip] [--readd] <node_name>", "Add a node to the cluster"),
        GntCommand.NotSimulated("remove", "<node_name>", "Removes a node from the cluster"),
        GntCommand.NotSimulated("failover", "[-f] <node>", "Stops the primary instances on a node and start them on their secondary node"),
        GntCommand.NotSimulated("list-storage", "[<node_name>...]", "List physical volumes on node(s)"),
    ];

    private static SimProcess List(GntInvocation inv) =>
        ListCommand.Create(inv, NodeFields.All, NodeFields.Defaults, () => inv.Cluster.Nodes, inv.Cluster.FindNode, "Node");

    private static SimProcess ListDrbd(GntInvocation inv) => new ImmediateProcess(inv.Cluster, (stdout, stderr) =>
    {
        if (inv.Cluster.FindNode(inv.Positional[0]) is not { } node)
        {
            stderr.Append($"Query gave non-ok status '1': Node '{inv.Positional[0]}' not known\n");
            return 1;
        }
        ListCommand.WriteDrbdMinors(stdout, node, header: !inv.Args.Flag("no_headers"), inv.Args.Value("separator"));
        return 0;
    });

    private static SimProcess Info(GntInvocation inv) => new ImmediateProcess(inv.Cluster, (stdout, stderr) =>
    {
        var nodes = new List<SimNode>();
        foreach (var name in inv.Positional)
        {
            nodes.Add(SimChecks.Node(inv.Cluster, name));
        }
        if (nodes.Count == 0)
        {
            nodes.AddRange(inv.Cluster.Nodes);
        }
        var items = nodes.Select(n => (object?)new List<KeyValuePair<string, object?>>
        {
            new("Node name", n.Name),
            new("primary ip", n.PrimaryIp),
            new("secondary ip", n.PrimaryIp),
            new("master candidate", n.MasterCandidate),
            new("drained", n.Drained),
            new("offline", n.Offline),
            new("master_capable", n.MasterCapable),
            new("vm_capable", n.VmCapable),
            new("primary for instances", n.PrimaryInstances.Select(i => i.Name).Order(NiceSortComparer.Instance).Cast<object?>().ToList()),
            new("secondary for instances", n.SecondaryInstances.Select(i => i.Name).Order(NiceSortComparer.Instance).Cast<object?>().ToList()),
            new("node parameters", new List<KeyValuePair<string, object?>>
            {
                new("cpu_speed", "default (1)"),
                new("exclusive_storage", "default (False)"),
                new("oob_program", "default ()"),
                new("ovs", "default (False)"),
                new("ovs_link", "default ()"),
                new("ovs_name", "default (switch1)"),
                new("spindle_count", "default (1)"),
                new("ssh_port", "default (22)"),
            }),
        }).ToList();
        GenericInfoWriter.Write(stdout, items, 0, afterKey: false);
        return 0;
    });

    private static SimProcess Modify(GntInvocation inv)
    {
        var offline = inv.Args.YesNo("offline", "-O");
        var drained = inv.Args.YesNo("drained", "-D");
        var candidate = inv.Args.YesNo("master_candidate", "-C");
        if (offline is null && drained is null && candidate is null)
        {
            return inv.Output(1, "", "Please give at least one of the parameters.\n");
        }
        var force = inv.Args.Flag("force");
        if (offline == false && !force)
        {
            return inv.DeclinedPrompt();
        }
        var node = inv.Positional[0];
        var full = inv.Cluster.FindNode(node)?.Name ?? node;
        return Submission.SubmitOrSend(inv, client => new OpNodeSetParams(client, full, offline, drained, candidate, force), SyncStyle.NodeModify, full);
    }

    /// <summary>
    /// What Ganeti 3.0.2 (Debian's, Python 3.11) prints for gnt-node migrate of a node it does not know:
    /// MigrateNode unpacks the node query's one row, and there is none.
    /// </summary>
    private const string MigrateUnknownNodeTraceback = """
        Traceback (most recent call last):
          File "/usr/sbin/gnt-node", line 21, in <module>
            sys.exit(main.Main())
                     ^^^^^^^^^^^
          File "/usr/share/ganeti/3.0/ganeti/client/gnt_node.py", line 1289, in Main
            return GenericMain(commands, aliases=aliases,
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          File "/usr/share/ganeti/3.0/ganeti/cli.py", line 1255, in GenericMain
            result = func(options, args)
                     ^^^^^^^^^^^^^^^^^^^
          File "/usr/share/ganeti/3.0/ganeti/client/gnt_node.py", line 546, in MigrateNode
            ((node, pinst), ) = result
            ^^^^^^^^^^^^^^^^^
        ValueError: not enough values to unpack (expected 1, got 0)

        """;

    private static SimProcess Migrate(GntInvocation inv)
    {
        var c = inv.Cluster;
        if (c.Locked(() => c.FindNode(inv.Positional[0])) is null)
        {
            return inv.Output(1, "", MigrateUnknownNodeTraceback);
        }
        var node = c.Locked(() => SimChecks.Node(c, inv.Positional[0]));
        if (c.Locked(() => node.PrimaryInstances.Count) == 0)
        {
            return inv.Output(0, $"No primary instances on node {node.Name}, exiting.\n");
        }
        if (!inv.Args.Flag("force"))
        {
            return inv.DeclinedPrompt();
        }
        var live = !inv.Args.Flag("non_live") && inv.Args.Value("migration_mode") != "non-live";
        return Submission.SubmitOrSend(inv,
            client => new OpNodeMigrate(client, node.Name, live, inv.Args.Value("dst_node"), inv.Args.Value("iallocator")),
            SyncStyle.Parent, node.Name, "All instances migrated successfully.", "There were {0} errors during the node migration.");
    }

    private static SimProcess Evacuate(GntInvocation inv)
    {
        var c = inv.Cluster;
        if (c.Locked(() => c.FindNode(inv.Positional[0])) is null)
        {
            // EvacuateNode queries the nodes' instance lists; an unknown node has none, so nothing to do.
            return inv.Output(0, "", $"No instances to evacuate on node(s) {inv.Positional[0]}, exiting.\n");
        }
        var node = c.Locked(() => SimChecks.Node(c, inv.Positional[0]));
        var stderr = new StringBuilder();
        var primaryOnly = inv.Args.Flag("primary_only");
        var secondaryOnly = inv.Args.Flag("secondary_only");
        if (inv.Args.Value("dst_node") is not null)
        {
            stderr.Append("New secondary node given (disabling iallocator), hence evacuating secondary instances only.\n");
            (primaryOnly, secondaryOnly) = (false, true);
        }
        if (primaryOnly && secondaryOnly)
        {
            throw SimOpException.Prereq("Only one of the --primary-only and --secondary-only options can be passed", "wrong_input");
        }
        var count = c.Locked(() => (primaryOnly ? 0 : node.SecondaryInstances.Count) + (secondaryOnly ? 0 : node.PrimaryInstances.Count));
        if (count == 0)
        {
            return inv.Output(0, "", stderr + $"No instances to evacuate on node(s) {node.Name}, exiting.\n");
        }
        if (!inv.Args.Flag("force"))
        {
            return inv.DeclinedPrompt();
        }
        bool? mode = primaryOnly ? true : secondaryOnly ? false : null;
        return Submission.SubmitOrSend(inv,
            client => new OpNodeEvacuate(client, node.Name, mode, inv.Args.Value("dst_node"), inv.Args.Value("iallocator"), inv.Args.Flag("early_release")),
            SyncStyle.Parent, node.Name, "All instances evacuated successfully.", "There were {0} errors during the evacuation.");
    }
}
