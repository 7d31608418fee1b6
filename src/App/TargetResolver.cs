using System.CommandLine;
using GntTui.Engine.Config;
using GntTui.Engine.Live;

namespace GntTui.App;

/// <summary>Turns the command line and config into a <see cref="Target"/>.</summary>
internal static class TargetResolver
{
    /// <param name="keepConnection">For short verbs: the ssh connection to the master outlives the run (ControlPersist), so the next run skips the handshake.</param>
    public static Target Resolve(ParseResult parse, GlobalOptions o, bool keepConnection = false)
    {
        var config = ConfigLoader.Load(parse.GetValue(o.Config));
        var readOnly = parse.GetValue(o.ReadOnly) || config.ReadOnly;
        var demoState = parse.GetValue(o.DemoState);
        var profile = parse.GetValue(o.Demo) || demoState is not null ? null : ConfigLoader.Select(config, parse.GetValue(o.Cluster), parse.GetValue(o.Ssh));
        if (profile is null)
        {
            return DemoTarget.Create(config, readOnly, parse.GetValue(o.DemoSize), parse.GetValue(o.DemoSeed), demoState);
        }
        var shell = ClusterConnection.OpenShell(profile, keepConnection);
        return new Target(profile.Name, shell, ClusterConnection.Client(shell, profile, readOnly), false, config, ClusterConnection.NodeShells(profile));
    }
}
