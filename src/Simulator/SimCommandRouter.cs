namespace GntTui.Simulator;

/// <summary>
/// What a host does with an argv: the gnt-* clients (master only), cat /proc/drbd, a small POSIX
/// sh for scripts like the DRBD sampling loop, and bash's "command not found" for the rest.
/// </summary>
internal sealed class SimCommandRouter(SimulatedCluster cluster)
{
    /// <summary>The node a shell target stands for: "master" (or the cluster name) follows the master.</summary>
    public SimNode? HostNode(string host) =>
        host == "master" || string.Equals(host, cluster.Name, StringComparison.OrdinalIgnoreCase)
            ? cluster.Master
            : cluster.FindNode(host);

    /// <summary>Runs a command that answers at once; throws if it would wait for simulated time.</summary>
    public SimCommandOutput Run(string host, IReadOnlyList<string> argv)
    {
        var io = new SimProcessIO(null);
        var task = Resolve(host, argv).RunAsync(io, CancellationToken.None);
        if (!task.IsCompleted)
        {
            throw new InvalidOperationException($"'{string.Join(' ', argv)}' waits for simulated time; run it through a SimulatedShell");
        }
        return new SimCommandOutput(task.GetAwaiter().GetResult(), io.Stdout, io.Stderr);
    }

    public SimProcess Resolve(string host, IReadOnlyList<string> argv)
    {
        if (argv.Count == 0)
        {
            return ImmediateProcess.Fixed(cluster, 0, "", "");
        }
        var node = cluster.Locked(() => HostNode(host)) ?? cluster.Master;
        var binary = argv[0][(argv[0].LastIndexOf('/') + 1)..];
        switch (binary)
        {
            case "gnt-node":
            case "gnt-instance":
            case "gnt-job":
            case "gnt-cluster":
                return Gnt(node, binary, argv);
            case "hbal" or "hroller" or "hspace" when cluster.Locked(() => node.IsMaster):
                return HtoolsProcess.Resolve(cluster, binary, argv);
            case "cat":
                return Cat(node, argv);
            case "sh" or "bash" when argv.Count >= 3 && argv[1] == "-c":
                return new ShellScriptProcess(cluster, this, host, argv[2]);
            case "true" or ":":
                return ImmediateProcess.Fixed(cluster, 0, "", "");
            case "false":
                return ImmediateProcess.Fixed(cluster, 1, "", "");
            case "echo":
                return ImmediateProcess.Fixed(cluster, 0, string.Join(' ', argv.Skip(1)) + "\n", "");
            case "hostname":
                return ImmediateProcess.Fixed(cluster, 0, node.Name + "\n", "");
            case "sleep":
                return new SleepProcess(cluster, argv.Count > 1 ? argv[1] : "");
            default:
                return ImmediateProcess.Fixed(cluster, 127, "", $"bash: line 1: {argv[0]}: command not found\n");
        }
    }

    private SimProcess Gnt(SimNode node, string binary, IReadOnlyList<string> argv)
    {
        if (!cluster.Locked(() => node.IsMaster))
        {
            return ImmediateProcess.Fixed(cluster, 1, "",
                "Failure: prerequisites not met for this operation:\nerror type: wrong_input, error details:\n" +
                $"This is not the master node, please connect to node '{cluster.Master.Name}' and rerun the command\n");
        }
        return binary switch
        {
            "gnt-node" => GntDispatcher.Resolve(cluster, binary, argv, GntNodeCommands.Commands),
            "gnt-instance" => GntDispatcher.Resolve(cluster, binary, argv, GntInstanceCommands.Commands, GntInstanceCommands.Aliases),
            "gnt-job" => GntDispatcher.Resolve(cluster, binary, argv, GntJobCommands.Commands, new Dictionary<string, string> { ["show"] = "info" }),
            _ => GntDispatcher.Resolve(cluster, binary, argv, GntClusterCommands.Commands),
        };
    }

    private ImmediateProcess Cat(SimNode node, IReadOnlyList<string> argv) => new(cluster, (stdout, stderr) =>
    {
        var code = 0;
        foreach (var file in argv.Skip(1))
        {
            if (file == "/proc/drbd")
            {
                stdout.Append(ProcDrbdWriter.Render(cluster, node));
            }
            else
            {
                stderr.Append("cat: ").Append(file).Append(": No such file or directory\n");
                code = 1;
            }
        }
        return code;
    });

    /// <summary>sleep N on the simulation's clock.</summary>
    private sealed class SleepProcess(SimulatedCluster cluster, string seconds) : SimProcess
    {
        public override async Task<int> RunAsync(SimProcessIO io, CancellationToken ct)
        {
            if (!double.TryParse(seconds, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) || s < 0)
            {
                io.ErrLine($"sleep: invalid time interval '{seconds}'");
                return 1;
            }
            await SimTime.Delay(cluster.Time, TimeSpan.FromSeconds(s), ct).ConfigureAwait(false);
            return 0;
        }
    }
}
