using GntTui.Engine.Config;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Model;

/// <summary>Builds the shell and client for a cluster profile.</summary>
public static class ClusterConnection
{
    public static IRemoteShell OpenShell(ClusterProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Local)
        {
            return new LocalShell(profile.CommandPrefix);
        }
        return new OpenSshShell(new SshOptions { Target = profile.Ssh!, CommandPrefix = profile.CommandPrefix });
    }

    public static GanetiClient Client(IRemoteShell shell, ClusterProfile profile, bool forceReadOnly) =>
        new(shell, readOnly: forceReadOnly || profile.ReadOnly);
}
