using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Drbd;

/// <summary>
/// The operator's usual fix for each <see cref="DrbdHealth"/>, in Ganeti terms. Commands carry
/// <c>--submit</c> so the console can follow the job; instance fixes are offered only for a valid instance name.
/// </summary>
public static class DrbdAdvisor
{
    /// <summary>Ganeti's default DRBD resync-rate disk parameter, KiB/s.</summary>
    public const long DefaultResyncRateKiBps = 61440;

    private const long MaxSuggestedRateKiBps = 4L * 1024 * 1024;

    /// <summary>Advice for one disk; <paramref name="lostDiskOnPrimary"/> says which side lost its disk, when known.</summary>
    public static DrbdAdvice Advise(DrbdHealth health, string? instance, DrbdSyncProgress? sync = null, bool? lostDiskOnPrimary = null)
    {
        var name = NameValidator.IsValidHostname(instance) ? instance : null;
        return health switch
        {
            DrbdHealth.Healthy => new(health, "In sync", "Nothing to do.", null),
            DrbdHealth.Verifying => new(health, "Online verify running",
                "Nothing to do. Blocks found out of sync are resynced at the next reconnect.", null),
            DrbdHealth.Syncing => new(health, "Resync running",
                "Wait for it." + Rates(sync) + " If it is too slow and the network and disks have room, raise Ganeti's DRBD resync rate.",
                ResyncRate(sync)),
            DrbdHealth.Stalled => new(health, "Resync stalled (no progress)",
                "The resync does not move." + Rates(sync) + " Check the replication network and both nodes' disks; "
                + "if DRBD is throttled rather than stuck, a higher resync rate gets it going.",
                ResyncRate(sync)),
            DrbdHealth.Connecting => new(health, "Connecting to the peer (WFReportParams)",
                "The peers are exchanging parameters; this passes in a moment. If it does not, check the replication network.", null),
            DrbdHealth.Inactive => new(health, "Disks inactive (instance down)",
                "The instance is shut down, so Ganeti deactivated its disks. Nothing to do: starting the instance activates them.", null),
            DrbdHealth.PausedSync => new(health, "Resync paused",
                "DRBD runs dependent resyncs one after another (flag a) or the peer (p) or a user (u) paused it; "
                + "it resumes when the one ahead ends. A higher resync rate drains the queue sooner.",
                ResyncRate(sync)),
            DrbdHealth.Degraded => new(health, "Connected but not in sync",
                "A disk is Outdated or Inconsistent (or replication is Ahead/Behind) and no resync runs. "
                + "Re-activating the disks makes DRBD resync.",
                ActivateDisks(name)),
            DrbdHealth.PeerGone => new(health, "Peer gone (waiting for connection)",
                "Check the peer node and the replication network. Once the peer is back, activate-disks reconnects; "
                + "if the node is gone for good, move the secondary with replace-disks -n NODE or -I hail.",
                ActivateDisks(name)),
            DrbdHealth.StandAlone => new(health, "StandAlone (not trying to connect)",
                "This side gave up connecting, often after detecting a split brain. activate-disks reconnects it; "
                + "if the peer is StandAlone too, treat it as a split brain.",
                ActivateDisks(name)),
            DrbdHealth.SplitBrain => new(health, "Split brain: both sides StandAlone",
                "Both sides changed data on their own. Keep the primary's data and rebuild the secondary: "
                + "replace-disks -s discards the secondary's changes and resyncs it from the primary.",
                ReplaceDisks(name, ReplaceDisksMode.Secondary)),
            DrbdHealth.DiskLost => new(health, "Backing disk lost (Diskless/Failed)",
                "An I/O error detached the disk. Fix or replace the storage, then rebuild that side with replace-disks "
                + "(-p on the primary, -s on the secondary, -a when unsure).",
                ReplaceDisks(name, lostDiskOnPrimary switch { true => ReplaceDisksMode.Primary, false => ReplaceDisksMode.Secondary, null => ReplaceDisksMode.Auto })),
            DrbdHealth.Unconfigured => new(health, "Minor not configured",
                "The instance's disks are not active here (after a node reboot, say). activate-disks brings them up.",
                ActivateDisks(name)),
            _ => new(health, "Unrecognised DRBD state",
                "Look at /proc/drbd on the node; the parser's notes say what it could not read.", null),
        };
    }

    /// <summary>Advice for an instance disk, picking the side whose disk is lost.</summary>
    public static DrbdAdvice Advise(InstanceDiskSync disk)
    {
        bool? lostOnPrimary = null;
        if (disk.Primary?.Device is { } p && DrbdHealthClassifier.IsLost(p.Disk))
        {
            lostOnPrimary = true;
        }
        else if (disk.Secondary?.Device is { } s && DrbdHealthClassifier.IsLost(s.Disk))
        {
            lostOnPrimary = false;
        }
        return Advise(disk.Health, disk.Instance, disk.Progress, lostOnPrimary);
    }

    /// <summary>Twice what DRBD aims at (or achieves) now, at least Ganeti's default, rounded up to MiB/s.</summary>
    public static long SuggestResyncRate(DrbdSyncProgress? sync)
    {
        var basis = sync?.WantKiBps ?? sync?.SpeedKiBps ?? DefaultResyncRateKiBps;
        var doubled = Math.Clamp(basis, 0, MaxSuggestedRateKiBps / 2) * 2;
        var rate = Math.Max(doubled, DefaultResyncRateKiBps);
        return Math.Min((rate + 1023) / 1024 * 1024, MaxSuggestedRateKiBps);
    }

    /// <summary>" DRBD aims at 60 MiB/s (want) and moves 20 MiB/s." from what DRBD printed, or nothing.</summary>
    private static string Rates(DrbdSyncProgress? sync)
    {
        var parts = new List<string>(2);
        if (sync?.WantKiBps is { } want)
        {
            parts.Add($"aims at {Rate(want)} (want)");
        }
        if (sync?.SpeedKiBps is { } speed)
        {
            parts.Add($"moves {Rate(speed)}");
        }
        return parts.Count == 0 ? "" : " DRBD " + string.Join(" and ", parts) + ".";
    }

    private static string Rate(long kibps) => kibps >= 1024
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kibps / 1024.0:0} MiB/s")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kibps} KiB/s");

    private static ClusterSetDrbdResyncRate ResyncRate(DrbdSyncProgress? sync) => new(SuggestResyncRate(sync));

    private static InstanceActivateDisks? ActivateDisks(string? name) => name is null ? null : new(name);

    private static InstanceReplaceDisks? ReplaceDisks(string? name, ReplaceDisksMode mode) => name is null ? null : new(name, mode);
}
