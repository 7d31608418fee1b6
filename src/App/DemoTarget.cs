using System.Globalization;
using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Simulator;
using GntTui.Engine.HTools;

namespace GntTui.App;

/// <summary>
/// The built-in simulated cluster, used when nothing is configured or with --demo. It answers the
/// same commands in Ganeti's real formats, so everything downstream runs unchanged; it is badged
/// DEMO wherever it shows.
/// </summary>
internal static class DemoTarget
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(150);

    /// <param name="statePath">An htools text file to start from instead of a generated cluster.</param>
    public static Target Create(GntTuiConfig config, bool readOnly, string? size, long seed, string? statePath = null)
    {
        var cluster = statePath is null ? DemoClusterFactory.Create(ParseSize(size), seed) : FromFile(statePath, seed);
        if (statePath is null)
        {
            // A rehearsal starts from the file's state alone: no made-up background jobs.
            DemoActivity.Start(cluster);
        }
        var shell = cluster.OpenShell("master", new SimulatedShellOptions { CommandLatency = Latency });
        // Its own name everywhere local state is keyed, so demo rows never mix with a real cluster's.
        return new Target(DemoKey.For(cluster.Name, ParseSize(size), seed, statePath), shell, new GanetiClient(shell, readOnly), true, config, new DrbdNodeShells(node => cluster.OpenShell(node)));
    }

    private static SimulatedCluster FromFile(string path, long seed)
    {
        try
        {
            return HtoolsClusterFactory.Create(HtoolsTextReader.Parse(File.ReadAllText(path)), seed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or KeyNotFoundException)
        {
            throw new ConfigException($"--demo-state {path}: {e.Message}");
        }
    }

    /// <summary>"small", "medium", "large" or "nodes=1000,instances=20000".</summary>
    public static DemoSize ParseSize(string? text)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "small":
                return DemoSize.Small;
            case "medium":
                return DemoSize.Medium;
            case "large":
                return DemoSize.Large;
        }
        int? nodes = null, instances = null;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2 || !int.TryParse(kv[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                throw new ConfigException($"--demo-size: '{part}' is not name=number");
            }
            switch (kv[0])
            {
                case "nodes":
                    nodes = n;
                    break;
                case "instances":
                    instances = n;
                    break;
                default:
                    throw new ConfigException($"--demo-size: unknown '{kv[0]}' (use nodes=N,instances=M)");
            }
        }
        return new DemoSize(nodes ?? DemoSize.Small.Nodes, instances ?? DemoSize.Small.Instances);
    }
}
