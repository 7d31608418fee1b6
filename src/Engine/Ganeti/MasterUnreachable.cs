using GntTui.Engine.Remote;

namespace GntTui.Engine.Ganeti;

/// <summary>
/// Whether a failure means the master cannot be reached as the master: ssh refused or timed out,
/// the host unreachable, Ganeti's "This is not the master node" (it moved, or was demoted), or
/// "Cannot communicate with the master daemon" (its daemons are down).
/// Then the console offers Ganeti's recovery, master-failover on a candidate.
/// </summary>
public static class MasterUnreachable
{
    public static bool Says(Exception error) => error switch
    {
        RemoteShellException r => r.Failure is RemoteFailure.ConnectionRefused or RemoteFailure.Timeout or RemoteFailure.HostUnreachable or RemoteFailure.NotMaster,
        GanetiException g => g.Kind is GanetiErrorKind.NotMaster or GanetiErrorKind.NoMasterDaemon,
        _ => false,
    };
}
