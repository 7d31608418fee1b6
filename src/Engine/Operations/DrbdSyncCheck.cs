using System.Globalization;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Text;

namespace GntTui.Engine.Operations;

/// <summary>
/// Whether a DRBD instance's disks are in sync on its secondary. Ganeti checks this itself before a
/// migration or failover and aborts on a degraded target ("Disk 0 is degraded or not fully
/// synchronized on target node, aborting migration"), which includes a resync still running: so a
/// resync is a blocker too, but one with an ETA, and an unsynced disk with no resync is the worse one.
/// </summary>
internal static class DrbdSyncCheck
{
    public static IEnumerable<PreflightFinding> Check(GanetiInstance instance, DrbdSnapshot? drbd, string verb)
    {
        if (!instance.IsDrbd)
        {
            yield break;
        }
        var name = NodeNames.Short(instance.Name);
        var disks = drbd?.ForInstance(instance.Name).OrderBy(d => d.DiskIndex).ToList() ?? [];
        if (disks.Count == 0)
        {
            yield return PreflightFinding.Warning(PreflightCodes.DrbdUnknown,
                $"no DRBD readings for {name} yet: cannot tell whether its disks are in sync (Ganeti checks that before it will {verb})");
            yield break;
        }
        var inSync = true;
        var inactive = false;
        foreach (var d in disks)
        {
            var secondary = d.Secondary?.Node ?? NodeNames.SecondaryOf(instance) ?? "the secondary";
            switch (d.Health)
            {
                case DrbdHealth.Healthy or DrbdHealth.Verifying:
                    break;
                case DrbdHealth.Inactive:
                    inactive = true;
                    break;
                case DrbdHealth.Syncing or DrbdHealth.Stalled or DrbdHealth.PausedSync:
                    inSync = false;
                    yield return PreflightFinding.Blocker(PreflightCodes.DrbdSyncing,
                        $"{name} disk/{d.DiskIndex} is resyncing to {NodeNames.Short(secondary)}{Progress(d)}; Ganeti refuses to {verb} until it is in sync");
                    break;
                default:
                    inSync = false;
                    yield return PreflightFinding.Blocker(PreflightCodes.DrbdNotInSync,
                        $"{name} disk/{d.DiskIndex} is {Describe(d.Health)} on {NodeNames.Short(secondary)}{SecondaryDisk(d)} and no resync is running");
                    break;
            }
        }
        if (inSync && inactive)
        {
            // instance_migration.py: "* not checking disk consistency as instance is not running".
            yield return PreflightFinding.Info(PreflightCodes.DrbdInSync,
                $"{name}: disks inactive (instance down); Ganeti does not check their sync for an instance that is not running");
        }
        else if (inSync)
        {
            yield return PreflightFinding.Info(PreflightCodes.DrbdInSync,
                $"{name}: {Count(disks.Count)} UpToDate on {NodeNames.Short(NodeNames.SecondaryOf(instance) ?? "the secondary")}");
        }
    }

    private static string Count(int n) => n == 1 ? "disk" : string.Create(CultureInfo.InvariantCulture, $"all {n} disks");

    private static string Progress(DrbdDiskView d)
    {
        var parts = new List<string>();
        if (d.Percent is { } p)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{p:0.#}%"));
        }
        if ((d.Eta ?? d.DrbdFinish) is { } eta)
        {
            parts.Add("about " + DurationText.Compact(eta) + " left");
        }
        if (d.Stalled)
        {
            parts.Add("stalled");
        }
        if (d.Health == DrbdHealth.PausedSync)
        {
            parts.Add("paused");
        }
        return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
    }

    private static string SecondaryDisk(DrbdDiskView d) =>
        d.Secondary?.Device is { } dev ? $" (its disk is {dev.Disk})" : "";

    private static string Describe(DrbdHealth h) => h switch
    {
        DrbdHealth.Degraded => "degraded",
        DrbdHealth.PeerGone => "cut off from its peer",
        DrbdHealth.StandAlone => "StandAlone",
        DrbdHealth.SplitBrain => "in split brain",
        DrbdHealth.DiskLost => "without its disk",
        DrbdHealth.Unconfigured => "not configured",
        DrbdHealth.Connecting => "still connecting to its peer",
        _ => "in an unknown state",
    };
}
