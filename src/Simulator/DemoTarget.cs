using System.Collections.Concurrent;
using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.HTools;
using GntTui.Engine.Live;

namespace GntTui.Simulator;

/// <summary>
/// The built-in simulated cluster, used when nothing is configured, with --demo, or for a demo
/// profile. It answers the same commands in Ganeti's real formats, so everything downstream runs
/// unchanged; it is badged DEMO wherever it shows. One cluster per profile for the whole run: a
/// switch away and back (and the background poll) finds it as it was left.
/// </summary>
public static class DemoTarget
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(150);
    private static readonly ConcurrentDictionary<string, Lazy<SimulatedCluster>> Clusters = new();

    public static Target Create(GntTuiConfig config, bool readOnly, ClusterProfile profile)
    {
        var size = DemoSize.Parse(profile.DemoSize);
        var cluster = Clusters.GetOrAdd(profile.Name, _ => new(() => Build(size, profile))).Value;
        var shell = cluster.OpenShell("master", new SimulatedShellOptions { CommandLatency = Latency });
        // Its own name everywhere local state is keyed, so demo rows never mix with a real cluster's.
        return new Target(DemoKey.For(cluster.Name, size, profile.DemoSeed, profile.DemoState), shell, new GanetiClient(shell, readOnly), true, config, new DrbdNodeShells(node => cluster.OpenShell(node)));
    }

    private static SimulatedCluster Build(DemoSize size, ClusterProfile profile)
    {
        if (profile.DemoState is not { } path)
        {
            var cluster = DemoClusterFactory.Create(size, profile.DemoSeed);
            DemoActivity.Start(cluster);
            return cluster;
        }
        try
        {
            // A rehearsal starts from the file's state alone: no made-up background jobs.
            return HtoolsClusterFactory.Create(HtoolsTextReader.Parse(File.ReadAllText(path)), profile.DemoSeed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or KeyNotFoundException)
        {
            throw new ConfigException($"--demo-state {path}: {e.Message}");
        }
    }
}
