using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Live;

/// <summary>Builds the shell and client for a cluster profile.</summary>
public static class ClusterConnection
{
    /// <param name="keepConnection">Leave the master connection up after the shell is disposed (until ControlPersist ends it).</param>
    public static IRemoteShell OpenShell(ClusterProfile profile, bool keepConnection = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Local)
        {
            return new LocalShell(profile.CommandPrefix);
        }
        return new OpenSshShell(SshOptionsFor(profile) with { KeepConnectionOnDispose = keepConnection });
    }

    /// <summary>Shells to single nodes (DRBD sampling): reached like the master, with the same ssh options.</summary>
    public static DrbdNodeShells NodeShells(ClusterProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Local)
        {
            return DrbdNodeShells.OpenSsh(new SshOptions { Target = "root@localhost", CommandPrefix = profile.CommandPrefix });
        }
        return DrbdNodeShells.OpenSsh(SshOptionsFor(profile));
    }

    private static SshOptions SshOptionsFor(ClusterProfile profile) => new() { Target = profile.Ssh!, CommandPrefix = profile.CommandPrefix, TrustScope = "profile " + profile.Name };

    public static GanetiClient Client(IRemoteShell shell, ClusterProfile profile, bool forceReadOnly) =>
        new(shell, readOnly: forceReadOnly || profile.ReadOnly);
}
