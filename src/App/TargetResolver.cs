using System.CommandLine;
using GntTui.Engine.Config;
using GntTui.Engine.Live;
using GntTui.Simulator;

namespace GntTui.App;

/// <summary>Turns the command line and config into a profile (a demo one when none is asked for), and a profile into a <see cref="Target"/>.</summary>
internal static class TargetResolver
{
    /// <param name="keepConnection">For short verbs: the ssh connection to the master outlives the run (ControlPersist), so the next run skips the handshake.</param>
    public static Target Resolve(ParseResult parse, GlobalOptions o, bool keepConnection = false)
    {
        var (config, profile, readOnly) = Choose(parse, o);
        return Open(config, profile, readOnly, keepConnection);
    }

    /// <summary>The config, the profile to open first, and whether the command line or the config says read-only for every cluster.</summary>
    public static (GntTuiConfig Config, ClusterProfile Profile, bool ReadOnly) Choose(ParseResult parse, GlobalOptions o)
    {
        var config = ConfigLoader.Load(parse.GetValue(o.Config));
        var demoState = parse.GetValue(o.DemoState);
        var profile = parse.GetValue(o.Demo) || demoState is not null ? null : ConfigLoader.Select(config, parse.GetValue(o.Cluster), parse.GetValue(o.Ssh));
        profile ??= new ClusterProfile { Name = "demo", Demo = true, DemoSize = parse.GetValue(o.DemoSize), DemoSeed = parse.GetValue(o.DemoSeed), DemoState = demoState };
        return (config, profile, parse.GetValue(o.ReadOnly) || config.ReadOnly);
    }

    /// <summary>Every configured profile, with the one opened first in front when the config does not have it (--ssh, --demo).</summary>
    public static IReadOnlyList<ClusterProfile> Profiles(GntTuiConfig config, ClusterProfile first) =>
        config.Clusters.Contains(first) ? config.Clusters : [first, .. config.Clusters.Where(p => p.Name != first.Name)];

    public static Target Open(GntTuiConfig config, ClusterProfile profile, bool readOnly, bool keepConnection = false)
    {
        if (profile.Demo)
        {
            return DemoTarget.Create(config, readOnly || profile.ReadOnly, profile);
        }
        var shell = ClusterConnection.OpenShell(profile, keepConnection);
        return new Target(profile.Name, shell, ClusterConnection.Client(shell, profile, readOnly), false, config, ClusterConnection.NodeShells(profile));
    }
}
