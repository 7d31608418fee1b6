using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.HTools;
using GntTui.Engine.Live;
using GntTui.Simulator;

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
        var demoSize = DemoSize.Parse(size);
        var cluster = statePath is null ? DemoClusterFactory.Create(demoSize, seed) : FromFile(statePath, seed);
        if (statePath is null)
        {
            // A rehearsal starts from the file's state alone: no made-up background jobs.
            DemoActivity.Start(cluster);
        }
        var shell = cluster.OpenShell("master", new SimulatedShellOptions { CommandLatency = Latency });
        // Its own name everywhere local state is keyed, so demo rows never mix with a real cluster's.
        return new Target(DemoKey.For(cluster.Name, demoSize, seed, statePath), shell, new GanetiClient(shell, readOnly), true, config, new DrbdNodeShells(node => cluster.OpenShell(node)));
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
}
