using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Lab.Tests;

/// <summary>
/// Every command the Engine can send, each with a row the lab runs (LabEveryOperationTests) and the
/// simulator must answer alike (LabSimulatorDifferentialTests). <see cref="EngineCommandCoverageTests"/>
/// fails when an operation type or kind, or a query the Engine builds, has no row here.
/// What the lab cannot run (no DRBD module in its kernel): replace-disks only ever meets a non-DRBD
/// instance and fails ("only for DRBD"), activate-disks only file/diskless disks, the resync rate is
/// stored but drives no device, node evacuate -s has no secondaries to move, list-drbd is empty.
/// Ganeti's own strings for those DRBD paths come from its source (see the simulator's ReplaceDisksSteps).
/// </summary>
internal static class EngineCommands
{
    public const string I1 = "inst1.example.com", I2 = "inst2.example.com", I3 = "inst3.example.com", I4 = "inst4.example.com";
    public const string N1 = "node1.example.com", N2 = "node2.example.com", N3 = "node3.example.com", NX = "nosuch.example.com";

    /// <summary>
    /// The lab keeps a job pending only with one job slot and a delay (its fake hypervisor is too
    /// fast to wait behind), which the simulator does not model; its cancel answers are compared on
    /// the finished and unknown jobs, and unit-tested against the lab's capture.
    /// </summary>
    /// <summary>The simulator models nodes with the DRBD module loaded; the lab's kernel has none.</summary>
    private const string NoDrbd = "the lab's kernel has no DRBD module";

    private const string HeldJob = "a pending job is made differently in the lab (max-running-jobs 1 and gnt-debug delay)";

    private static EngineCommand Op(string name, int section, GanetiOperation op, string expect, bool follow = true) =>
        new(name, section, _ => op, null, expect, follow);

    private static EngineCommand Query(string name, Func<long, IReadOnlyList<string>> argv) => new(name, 0, null, argv, "exit");

    public static readonly IReadOnlyList<EngineCommand> All =
    [
        Query("query-node-list", _ => GanetiQueries.NodeList()),
        Query("query-instance-list", _ => GanetiQueries.InstanceList()),
        Query("query-job-list", _ => GanetiQueries.JobList()),
        Query("query-cluster-info", _ => GanetiQueries.ClusterInfo()),
        Query("query-cluster-version", _ => GanetiQueries.ClusterVersion()),
        Query("query-job-watch", job => GanetiQueries.JobWatch(job)),
        Query("query-job-info", job => GanetiQueries.JobInfo(job)),
        Query("query-node-list-drbd", _ => GanetiQueries.NodeListDrbd(N1)) with { NotCompared = NoDrbd + " (the lab answers \"Did not receive all expected confd replies\", exit 1)" },
        Query("query-cluster-verify-ignore", _ => [.. GanetiQueries.ClusterVerify(), "--ignore-errors=ENODESETUP"]),
        Query("query-drbd-sample", _ => DrbdQueries.ReadProcDrbd()) with { NotCompared = NoDrbd + " (cat: /proc/drbd: No such file or directory)" },

        Op("shutdown", 1, new InstanceShutdown(I4, "lab: shutdown"), "success"),
        Op("shutdown-stopped", 1, new InstanceShutdown(I4), "success"),
        Op("startup", 1, new InstanceStartup(I4), "success"),
        Op("startup-running", 1, new InstanceStartup(I4), "success"),
        Op("reboot", 1, new InstanceReboot(I4), "success"),
        Op("reboot-hard", 1, new InstanceReboot(I4, "", RebootType.Hard), "success"),
        Op("shutdown-timeout", 1, new InstanceShutdown(I4, "", 30), "success"),
        Op("startup-again", 1, new InstanceStartup(I4), "success"),
        Op("startup-unknown", 1, new InstanceStartup(NX), "submit-failed"),
        Op("shutdown-unknown", 1, new InstanceShutdown(NX), "submit-failed"),
        Op("reboot-unknown", 1, new InstanceReboot(NX), "submit-failed"),
        Op("reboot-holding-the-lock", 1, new InstanceReboot(I4, "", RebootType.Hard), "success", follow: false) with { NotCompared = HeldJob },
        Op("reboot-waiting-for-it", 1, new InstanceReboot(I4), "canceled", follow: false) with
        {
            LabSetup = [["gnt-cluster", "modify", "--max-running-jobs", "1"], ["gnt-debug", "delay", "--submit", "8"]],
            LabUndo = [["gnt-cluster", "modify", "--max-running-jobs", "20"]],
            NotCompared = HeldJob,
        },
        new("job-cancel-waiting", 1, job => new JobCancel(job), null, "canceled") { NotCompared = HeldJob },
        new("job-cancel-finished", 1, job => new JobCancel(job), null, "submit-failed"),
        Op("job-cancel-unknown", 1, new JobCancel(999999), "submit-failed"),

        Op("migrate", 2, new InstanceMigrate(I1, "lab: migrate", targetNode: N3), "success"),
        Op("migrate-non-live", 2, new InstanceMigrate(I1, targetNode: N1, nonLive: true), "success"),
        Op("migrate-cleanup", 2, new InstanceMigrate(I1, cleanup: true), "success"),
        Op("migrate-file", 2, new InstanceMigrate(I2), "error"),
        Op("migrate-unknown", 2, new InstanceMigrate(NX), "error"),
        Op("failover", 2, new InstanceFailover(I1, targetNode: N2), "success"),
        Op("failover-file", 2, new InstanceFailover(I2), "error"),
        Op("replace-disks-auto", 2, new InstanceReplaceDisks(I2, ReplaceDisksMode.Auto), "error"),
        Op("replace-disks-primary", 2, new InstanceReplaceDisks(I2, ReplaceDisksMode.Primary), "error"),
        Op("replace-disks-secondary", 2, new InstanceReplaceDisks(I2, ReplaceDisksMode.Secondary), "error"),
        Op("replace-disks-new-secondary", 2, new InstanceReplaceDisks(I2, ReplaceDisksMode.NewSecondary, newSecondary: N3), "error"),
        Op("activate-disks", 2, new InstanceActivateDisks(I2), "success"),
        Op("activate-disks-diskless", 2, new InstanceActivateDisks(I4), "success"),
        Op("activate-disks-unknown", 2, new InstanceActivateDisks(NX), "error"),
        Op("migrate-iallocator", 2, new InstanceMigrate(I3, iallocator: "hail"), "success"),

        Op("drain", 3, new NodeSetDrained(N3, true, "lab: drain"), "success"),
        Op("undrain", 3, new NodeSetDrained(N3, false), "success"),
        Op("drain-unknown", 3, new NodeSetDrained(NX, true), "error"),
        Op("master-candidate-off", 3, new NodeSetMasterCandidate(N3, false), "success"),
        Op("master-candidate-on", 3, new NodeSetMasterCandidate(N3, true), "success"),
        Op("master-candidate-off-master", 3, new NodeSetMasterCandidate(N1, false), "error"),
        Op("offline", 3, new NodeSetOffline(N3, true), "success"),
        Op("failover-ignore-consistency", 3, new InstanceFailover(I3, targetNode: N1, ignoreConsistency: true), "success"),
        Op("online", 3, new NodeSetOffline(N3, false), "success"),

        Op("node-migrate", 4, new NodeMigrate(N3, "lab: node migrate"), "success"),
        Op("node-migrate-non-live", 4, new NodeMigrate(N1, "", NonLive: true), "success"),
        Op("node-migrate-nothing", 4, new NodeMigrate(N1), "nothing-to-do"),
        Op("node-migrate-unknown", 4, new NodeMigrate(NX), "submit-failed"),

        Op("evacuate-primaries", 5, new NodeEvacuate(N1, true, "lab: evacuate"), "success"),
        Op("evacuate-secondaries", 5, new NodeEvacuate(N2, false), "nothing-to-do"),
        Op("evacuate-unknown", 5, new NodeEvacuate(NX, true), "nothing-to-do"),
        Op("resync-rate", 5, new ClusterSetDrbdResyncRate(61440, "lab: resync rate"), "success"),
    ];

    public static IEnumerable<int> Sections => All.Select(c => c.Section).Where(s => s > 0).Distinct();

    public static IReadOnlyList<EngineCommand> InSection(int section) => [.. All.Where(c => c.Section == section)];
}
