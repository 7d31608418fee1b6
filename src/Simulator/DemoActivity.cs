namespace GntTui.Simulator;

/// <summary>
/// Something to watch the moment the demo opens: a disk being rebuilt (a replace-disks job and its
/// resync), a failed migration (of an instance on local storage) in the job history, an instance waiting behind a lock, and later a
/// live migration. Submitted as jobs like an operator would, so every view has data.
/// </summary>
public static class DemoActivity
{
    public static void Start(SimulatedCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        cluster.Locked(() =>
        {
            var client = new SimClientInfo("gnt-instance", "replace-disks", "demo", cluster.Scheduler.Now);
            var drbd = cluster.Instances.Where(i => i.IsDrbd && i.RunningOn is not null).ToList();
            var file = cluster.Instances.FirstOrDefault(i => !DiskTemplates.IsMirrored(i.DiskTemplate));
            if (drbd.Count > 0)
            {
                cluster.Queue.Submit(new OpInstanceReplaceDisks(client, drbd[0].Name, OpInstanceReplaceDisks.OnSecondary, null, null, earlyRelease: false));
                cluster.Queue.Submit(new OpInstanceReboot(client with { Command = "reboot" }, drbd[0].Name, "soft"));
            }
            if (file is not null)
            {
                cluster.Queue.Submit(new OpInstanceMigrate(client with { Command = "migrate" }, file.Name, null, null, live: true, cleanup: false));
            }
            if (drbd.Count > 1)
            {
                var later = drbd[1].Name;
                cluster.Scheduler.After(TimeSpan.FromSeconds(20), () =>
                    cluster.Queue.Submit(new OpInstanceMigrate(client with { Command = "migrate", At = cluster.Scheduler.Now }, later, null, null, live: true, cleanup: false)));
            }
        });
    }
}
