using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Live;

/// <summary>Builds the shell and client for a cluster profile.</summary>
public static class ClusterConnection
{
    /// <summary>How long a short verb's connection outlives it: "status twice within a minute" is one handshake.</summary>
    public static readonly TimeSpan ShortVerbPersist = TimeSpan.FromMinutes(1);

    /// <param name="keepConnection">Leave the master connection up after the shell is disposed (until ControlPersist ends it).</param>
    public static IRemoteShell OpenShell(ClusterProfile profile, bool keepConnection = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Local)
        {
            return new LocalShell(profile.CommandPrefix);
        }
        var options = SshOptionsFor(profile);
        // A short verb run again within a minute (status) rides on the connection the last run left;
        // the console's own connection persists only briefly, so a killed console leaves no session long.
        return new OpenSshShell(options with
        {
            KeepConnectionOnDispose = keepConnection,
            ControlPersist = keepConnection ? ShortVerbPersist : options.ControlPersist,
        });
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

    /// <summary>The master failover of a profile: candidates reached like the master, with the same ssh options and prefix.</summary>
    public static MasterFailover Failover(ClusterProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new MasterFailover(ssh => OpenShell(profile with { Ssh = ssh, Local = false }));
    }

    public static GanetiClient Client(IRemoteShell shell, ClusterProfile profile, bool forceReadOnly) =>
        new(shell, readOnly: forceReadOnly || profile.ReadOnly);
}
