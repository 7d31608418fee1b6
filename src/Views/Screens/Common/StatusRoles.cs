using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Views.Themes;

namespace GntTui.Views.Screens.Common;

/// <summary>What each status means, as a theme role: the colour says it before the word is read.</summary>
internal static class StatusRoles
{
    public static StyleRole Instance(InstanceStatus status) => status switch
    {
        InstanceStatus.Running => StyleRole.Running,
        // Stopped on purpose by an admin: nothing to look at.
        InstanceStatus.AdminDown => StyleRole.Muted,
        // Stopped from inside the guest: Ganeti did not do it, someone may want to know.
        InstanceStatus.UserDown => StyleRole.Down,
        InstanceStatus.AdminOffline => StyleRole.Offline,
        InstanceStatus.ErrorDown or InstanceStatus.ErrorUp or InstanceStatus.ErrorNodeDown
            or InstanceStatus.ErrorNodeOffline or InstanceStatus.ErrorWrongNode => StyleRole.Error,
        _ => StyleRole.Warning,
    };

    public static StyleRole Job(JobStatus status) => status switch
    {
        JobStatus.Success => StyleRole.Running,
        JobStatus.Error => StyleRole.Error,
        JobStatus.Running => StyleRole.Accent,
        JobStatus.Canceling => StyleRole.Warning,
        JobStatus.Queued or JobStatus.Waiting or JobStatus.Canceled => StyleRole.Muted,
        _ => StyleRole.Warning,
    };

    public static string JobText(JobStatus status) => status.ToString().ToLowerInvariant();

    public static StyleRole Node(GanetiNode node) => node switch
    {
        { Offline: true } => StyleRole.Offline,
        { Drained: true } => StyleRole.Warning,
        { Role: NodeRole.Master } => StyleRole.Accent,
        _ => StyleRole.Normal,
    };

    public static string NodeRoleText(NodeRole role) => role switch
    {
        NodeRole.Master => "master",
        NodeRole.Candidate => "candidate",
        NodeRole.Regular => "regular",
        NodeRole.Drained => "drained",
        NodeRole.Offline => "offline",
        _ => "?",
    };

    public static StyleRole Drbd(DrbdHealth health) => health switch
    {
        DrbdHealth.Healthy => StyleRole.Running,
        DrbdHealth.Verifying => StyleRole.Accent,
        DrbdHealth.Syncing or DrbdHealth.PausedSync or DrbdHealth.Degraded or DrbdHealth.Connecting => StyleRole.Warning,
        DrbdHealth.Unknown or DrbdHealth.Inactive => StyleRole.Muted,
        _ => StyleRole.Error,
    };

    /// <summary>For the narrow HEALTH column: "inactive" (the FLAGS column says "instance down").</summary>
    public static string DrbdShortText(DrbdHealth health) => health == DrbdHealth.Inactive ? "inactive" : DrbdText(health);

    public static string DrbdText(DrbdHealth health) => health switch
    {
        DrbdHealth.PausedSync => "paused",
        DrbdHealth.PeerGone => "peer gone",
        DrbdHealth.StandAlone => "standalone",
        DrbdHealth.SplitBrain => "split brain",
        DrbdHealth.DiskLost => "disk lost",
        DrbdHealth.Inactive => "inactive (instance down)",
        _ => health.ToString().ToLowerInvariant(),
    };
}
