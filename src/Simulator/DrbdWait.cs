namespace GntTui.Simulator;

/// <summary>The two ways Ganeti waits for DRBD: the migration's polling and WaitForSync's progress lines.</summary>
internal static class DrbdWait
{
    /// <summary>TLMigrateInstance._WaitUntilSync: "* wait until resync is done", then "   - progress: x%" every 2 s.</summary>
    public static IEnumerable<TimeSpan> UntilResynced(SimJobContext ctx, SimInstance inst)
    {
        ctx.Feedback("* wait until resync is done");
        while (true)
        {
            var links = SimulatedCluster.DrbdLinks(inst);
            foreach (var link in links)
            {
                if (!link.IsConnected)
                {
                    var node = link.First.IsActive ? link.Second.Node : link.First.Node;
                    throw SimOpException.Exec($"Cannot resync disks on node {node.Name}: DRBD device {link.Disk.IvName} is not connected");
                }
            }
            var syncing = links.Where(l => l.Resync is not null).ToList();
            if (syncing.Count == 0)
            {
                // drbd_wait_sync is an RPC to both nodes: even an instant answer takes a moment.
                yield return ctx.Step();
                yield break;
            }
            var min = syncing.Min(l => Percent(l, ctx.Now));
            if (min < 100)
            {
                ctx.Feedback($"   - progress: {min:0.0}%");
            }
            yield return TimeSpan.FromSeconds(2);
        }
    }

    /// <summary>cmdlib's WaitForSync: progress per device with an estimate, then "disks are in sync".</summary>
    public static IEnumerable<TimeSpan> ForSync(SimJobContext ctx, SimInstance inst)
    {
        ctx.Info($"Waiting for instance {inst.Name} to sync disks");
        while (true)
        {
            var maxWait = 0.0;
            var done = true;
            foreach (var link in SimulatedCluster.DrbdLinks(inst))
            {
                if (link.Resync is not { } r)
                {
                    continue;
                }
                done = false;
                var reading = r.Read(ctx.Now);
                var eta = reading.FinishSeconds;
                ctx.Info($"- device {link.Disk.IvName}: {Percent(link, ctx.Now),5:0.00}% done, {GanetiFormat.Seconds(eta)} remaining (estimated)");
                maxWait = Math.Max(maxWait, eta);
            }
            if (done)
            {
                break;
            }
            yield return TimeSpan.FromSeconds(Math.Clamp(maxWait, 1, 60));
        }
        ctx.Info($"Instance {inst.Name}'s disks are in sync");
    }

    private static double Percent(SimDrbdLink link, DateTimeOffset now) =>
        link.Resync is { } r ? 100.0 * r.SyncedAt(now) / r.TotalKiB : 100.0;
}
