namespace GntTui.Simulator;

/// <summary>gnt-instance: list, info, console, list-tags, and the operations the console runs (migrate, failover, startup, shutdown, reboot, replace-disks, activate-disks).</summary>
internal static class GntInstanceCommands
{
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["start"] = "startup",
        ["stop"] = "shutdown",
        ["show"] = "info",
    };

    public static readonly IReadOnlyList<GntCommand> Commands =
    [
        new("list", "[<instance>...]", "Lists the instances and their status", GntOption.ListOptions, 0, null, List),
        new("info", "[-s] {--all | <instance>...}", "Show information on the specified instance(s)",
            [GntOption.Flag("static", "-s", "--static"), GntOption.Flag("all", "--all")], 0, null, InstanceInfoWriter.Create),
        new("migrate", "[-f] <instance>", "Migrate instance to its secondary node (only for mirrored instances)",
            [GntOption.Force, GntOption.Flag("non_live", "--non-live"), GntOption.Value("migration_mode", "--migration-mode"),
             GntOption.Flag("cleanup", "--cleanup"), GntOption.TargetNode, GntOption.IAllocator, GntOption.IgnoreIPolicy,
             GntOption.Flag("no_runtime_changes", "--no-runtime-changes"), GntOption.Flag("allow_failover", "--allow-failover"),
             GntOption.Flag("ignore_hvversions", "--ignore-hvversions"), .. GntOption.SubmitOptions], 1, 1, Migrate),
        new("failover", "[-f] <instance>", "Stops the instance, changes its primary node and (if it was originally running) starts it on the new node",
            [GntOption.Force, GntOption.Flag("ignore_consistency", "--ignore-consistency"), GntOption.Value("shutdown_timeout", "--shutdown-timeout"),
             GntOption.TargetNode, GntOption.IAllocator, GntOption.IgnoreIPolicy, GntOption.Flag("cleanup", "--cleanup"),
             .. GntOption.SubmitOptions], 1, 1, Failover),
        new("startup", "<instance>", "Starts an instance",
            [GntOption.Force, GntOption.Flag("ignore_offline", "--ignore-offline"), GntOption.Flag("no_remember", "--no-remember"),
             GntOption.Flag("paused", "--paused"), .. GntOption.SubmitOptions], 1, null, Startup),
        new("shutdown", "<instance>", "Stops an instance",
            [GntOption.Force, GntOption.Value("timeout", "--timeout"), GntOption.Flag("ignore_offline", "--ignore-offline"),
             GntOption.Flag("no_remember", "--no-remember"), .. GntOption.SubmitOptions], 1, null, Shutdown),
        new("reboot", "[-t {soft|hard|full}] <instance>", "Reboots an instance",
            [GntOption.Value("reboot_type", "-t", "--type"), GntOption.Flag("ignore_secondaries", "--ignore-secondaries"),
             GntOption.Value("shutdown_timeout", "--shutdown-timeout"), .. GntOption.SubmitOptions], 1, null, Reboot),
        new("replace-disks", "{-p | -s | -a | -n NODE | -I NAME} <instance>", "Replaces disks for the instance",
            [GntOption.Flag("on_primary", "-p", "--on-primary"), GntOption.Flag("on_secondary", "-s", "--on-secondary"),
             GntOption.Flag("auto", "-a", "--auto"), GntOption.Value("new_secondary", "-n", "--new-secondary"), GntOption.IAllocator,
             GntOption.Value("disks", "--disks"), GntOption.EarlyRelease, GntOption.IgnoreIPolicy, .. GntOption.SubmitOptions], 1, 1, ReplaceDisks),
        GntCommand.NotSimulated("add", "-t DISK_TEMPLATE -n NODE <instance>", "Creates and adds a new instance to the cluster"),
        GntCommand.NotSimulated("remove", "<instance>", "Shuts down the instance and removes it"),
        new("activate-disks", "<instance>", "Activate an instance's disks",
            [GntOption.Flag("ignore_size", "--ignore-size"), GntOption.Flag("wait_for_sync", "--wait-for-sync"), .. GntOption.SubmitOptions],
            1, 1, ActivateDisks),
        GntCommand.NotSimulated("modify", "<instance>", "Alters the parameters of an instance"),
        new("console", "[--show-cmd] <instance>", "Opens a console on the specified instance",
            [GntOption.Flag("show_command", "--show-cmd")], 1, 1, Console),
        new("list-tags", "<instance_name>", "List the tags of the given instance", [], 1, 1, inv => ListTags(inv)),
    ];

    /// <summary>
    /// The simulator runs no hypervisor, so every instance answers as on Ganeti's fake one (hv_fake
    /// has no console; capture 96): the message on stdout, exit 0, with or without --show-cmd.
    /// </summary>
    private static SimProcess Console(GntInvocation inv)
    {
        var name = inv.Positional[0];
        var running = inv.Cluster.Locked(() => inv.Cluster.FindInstance(name) is { } i ? i.RunningOn is not null : (bool?)null)
            ?? throw SimOpException.Prereq($"Instance '{name}' does not exist", "unknown_entity");
        if (!running)
        {
            throw SimOpException.Exec($"Instance {name} is not running, can't get console");
        }
        return ImmediateProcess.Fixed(inv.Cluster, 0, "Console not available for fake hypervisor\n", "");
    }

    /// <summary>Tags one per line; the simulator's objects carry none.</summary>
    internal static SimProcess ListTags(GntInvocation inv, bool node = false)
    {
        var name = inv.Positional[0];
        var known = inv.Cluster.Locked(() => node ? inv.Cluster.FindNode(name) is not null : inv.Cluster.FindInstance(name) is not null);
        return known ? ImmediateProcess.Fixed(inv.Cluster, 0, "", "")
            : throw SimOpException.Prereq($"{(node ? "Node" : "Instance")} '{name}' not known", "unknown_entity");
    }

    private static SimProcess List(GntInvocation inv) =>
        ListCommand.Create(inv, InstanceFields.All, InstanceFields.Defaults, () => inv.Cluster.Instances, inv.Cluster.FindInstance, "Instance");

    private static string FullName(GntInvocation inv, string name) => inv.Cluster.Locked(() => inv.Cluster.FindInstance(name)?.Name) ?? name;

    /// <summary>_EnsureInstancesExist, which the clients run before asking their question.</summary>
    private static void EnsureExists(GntInvocation inv, string name)
    {
        if (inv.Cluster.Locked(() => inv.Cluster.FindInstance(name)) is null)
        {
            throw SimOpException.Prereq($"Instance '{name}' does not exist", "unknown_entity");
        }
    }

    private static SimProcess Migrate(GntInvocation inv)
    {
        var name = FullName(inv, inv.Positional[0]);
        var target = inv.Args.Value("dst_node");
        var iallocator = inv.Args.Value("iallocator");
        if (target is not null && iallocator is not null)
        {
            throw SimOpException.Prereq("Specify either an iallocator (-I), or a target node (-n) but not both", "wrong_input");
        }
        var mode = inv.Args.Value("migration_mode");
        if (inv.Args.Flag("non_live") && mode is not null)
        {
            throw SimOpException.Prereq("Only one of the --non-live and --migration-mode options can be passed", "wrong_input");
        }
        if (!inv.Args.Flag("force"))
        {
            EnsureExists(inv, name);
            return inv.DeclinedPrompt();
        }
        var live = !inv.Args.Flag("non_live") && mode != "non-live";
        var cleanup = inv.Args.Flag("cleanup");
        return Submission.SubmitOrSend(inv, client => new OpInstanceMigrate(client, name, target, iallocator, live, cleanup), SyncStyle.Plain, name);
    }

    private static SimProcess Failover(GntInvocation inv)
    {
        var name = FullName(inv, inv.Positional[0]);
        var target = inv.Args.Value("dst_node");
        var iallocator = inv.Args.Value("iallocator");
        if (target is not null && iallocator is not null)
        {
            throw SimOpException.Prereq("Specify either an iallocator (-I), or a target node (-n) but not both", "wrong_input");
        }
        if (!inv.Args.Flag("force"))
        {
            EnsureExists(inv, name);
            return inv.DeclinedPrompt();
        }
        var ignore = inv.Args.Flag("ignore_consistency");
        if (ignore)
        {
            // "the source node must be marked offline first. Is this already the case?" is asked even with -f.
            return inv.DeclinedPrompt();
        }
        return Submission.SubmitOrSend(inv, client => new OpInstanceFailover(client, name, target, iallocator, ignore), SyncStyle.Plain, name);
    }

    private static SimProcess Startup(GntInvocation inv) =>
        Single(inv) ?? Submission.SubmitOrSend(inv, client => new OpInstanceStartup(client, FullName(inv, inv.Positional[0])),
            SyncStyle.WaitingForNamed, FullName(inv, inv.Positional[0]));

    private static SimProcess Shutdown(GntInvocation inv)
    {
        var timeout = 120;
        if (inv.Args.Value("timeout") is { } t && !int.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out timeout))
        {
            throw new GntUsageException($"option --timeout: invalid integer value: '{t}'");
        }
        return Single(inv) ?? Submission.SubmitOrSend(inv, client => new OpInstanceShutdown(client, FullName(inv, inv.Positional[0]), timeout),
            SyncStyle.WaitingForNamed, FullName(inv, inv.Positional[0]));
    }

    private static SimProcess Reboot(GntInvocation inv)
    {
        var type = inv.Args.Value("reboot_type") ?? "soft";
        if (type is not ("soft" or "hard" or "full"))
        {
            throw new GntUsageException($"option -t: invalid choice: '{type}' (choose from 'soft', 'hard', 'full')");
        }
        return Single(inv) ?? Submission.SubmitOrSend(inv, client => new OpInstanceReboot(client, FullName(inv, inv.Positional[0]), type),
            SyncStyle.WaitingForNamed, FullName(inv, inv.Positional[0]));
    }

    private static SimProcess ReplaceDisks(GntInvocation inv)
    {
        var name = FullName(inv, inv.Positional[0]);
        var node = inv.Args.Value("new_secondary");
        var iallocator = inv.Args.Value("iallocator");
        var choices = new[] { inv.Args.Flag("on_primary"), inv.Args.Flag("on_secondary"), inv.Args.Flag("auto"), node is not null, iallocator is not null };
        if (choices.Count(x => x) != 1)
        {
            throw SimOpException.Prereq("One and only one of the -p, -s, -a, -n and -I options must be passed", "wrong_input");
        }
        var mode = inv.Args.Flag("on_primary") ? OpInstanceReplaceDisks.OnPrimary
            : inv.Args.Flag("on_secondary") ? OpInstanceReplaceDisks.OnSecondary
            : inv.Args.Flag("auto") ? OpInstanceReplaceDisks.Auto
            : OpInstanceReplaceDisks.NewSecondary;
        var early = inv.Args.Flag("early_release");
        return Submission.SubmitOrSend(inv, client => new OpInstanceReplaceDisks(client, name, mode, node, iallocator, early), SyncStyle.Plain, name);
    }

    private static SimProcess ActivateDisks(GntInvocation inv)
    {
        var name = FullName(inv, inv.Positional[0]);
        return Submission.SubmitOrSend(inv, client => new OpInstanceActivateDisks(client, name), SyncStyle.Plain, name);
    }

    /// <summary>
    /// The simulator runs these on one instance at a time. GenericManyOps expands the names before it
    /// queues anything: an unknown one is refused on the spot, with no job.
    /// </summary>
    private static SimProcess? Single(GntInvocation inv)
    {
        if (inv.Positional.Count != 1)
        {
            return inv.Output(1, "", $"Failure: command execution error:\nThe simulated cluster runs '{inv.Binary} {inv.Command}' on one instance at a time\n");
        }
        if (inv.Cluster.Locked(() => inv.Cluster.FindInstance(inv.Positional[0])) is null)
        {
            throw SimOpException.Prereq("Selection filter does not match any instances", "wrong_input");
        }
        return null;
    }
}
