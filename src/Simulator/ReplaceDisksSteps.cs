namespace GntTui.Simulator;

/// <summary>TLReplaceDisks' two procedures, with its step and info lines.</summary>
internal static class ReplaceDisksSteps
{
    private const int Total = 6;

    /// <summary>_ExecDrbd8DiskOnly: fresh volumes under the DRBD device on <paramref name="target"/>.</summary>
    public static IEnumerable<TimeSpan> SameNodes(SimJobContext ctx, SimInstance inst, SimNode target, bool earlyRelease)
    {
        var c = ctx.Cluster;
        var links = SimulatedCluster.DrbdLinks(inst);
        var other = ReferenceEquals(target, inst.PrimaryNode) ? inst.SecondaryNode! : inst.PrimaryNode;
        ctx.LogStep(1, Total, "Check device existence");
        foreach (var link in links)
        {
            ctx.Info($"Checking {link.Disk.IvName} on {other.Name}");
            ctx.Info($"Checking {link.Disk.IvName} on {target.Name}");
        }
        ctx.Info("Checking volume groups");
        yield return ctx.Seconds(0.2, 0.4);
        ctx.LogStep(2, Total, "Check peer consistency");
        foreach (var link in links)
        {
            ctx.Info($"Checking {link.Disk.IvName} consistency on node {other.Name}");
            if (link.EndOn(other) is not { IsActive: true, Disk: SimDrbdDiskState.UpToDate })
            {
                throw SimOpException.Exec($"Node {other.Name} has degraded storage, unsafe to replace disks for instance {inst.Name}");
            }
        }
        yield return ctx.Seconds(0.1, 0.2);
        ctx.LogStep(3, Total, "Allocate new storage");
        foreach (var link in links)
        {
            ctx.Info($"Adding storage on {target.Name} for {link.Disk.IvName}");
        }
        yield return ctx.Seconds(0.4, 0.8);
        ctx.LogStep(4, Total, "Changing drbd configuration");
        foreach (var link in links)
        {
            ctx.Info($"Detaching {link.Disk.IvName} drbd from local storage");
            ctx.Info("Renaming the old LVs on the target node");
            ctx.Info("Renaming the new LVs on the target node");
            ctx.Info($"Adding new mirror component on {target.Name}");
            c.Mirrors.RequireFullResync(link, link.EndOn(target)!);
        }
        yield return ctx.Seconds(0.2, 0.4);
        foreach (var wait in SyncAndRemove(ctx, inst, links, earlyRelease))
        {
            yield return wait;
        }
    }

    /// <summary>_ExecDrbd8Secondary: new devices on <paramref name="newNode"/>, the primary reconnects to them.</summary>
    public static IEnumerable<TimeSpan> NewSecondary(SimJobContext ctx, SimInstance inst, SimNode newNode, bool earlyRelease)
    {
        var c = ctx.Cluster;
        var primary = inst.PrimaryNode;
        var old = inst.SecondaryNode!;
        ctx.LogStep(1, Total, "Check device existence");
        foreach (var disk in inst.Disks)
        {
            ctx.Info($"Checking {disk.IvName} on {primary.Name}");
        }
        ctx.Info("Checking volume groups");
        yield return ctx.Seconds(0.2, 0.4);
        ctx.LogStep(2, Total, "Check peer consistency");
        foreach (var link in SimulatedCluster.DrbdLinks(inst))
        {
            ctx.Info($"Checking {link.Disk.IvName} consistency on node {primary.Name}");
            if (link.EndOn(primary) is not { IsActive: true, Disk: SimDrbdDiskState.UpToDate })
            {
                throw SimOpException.Exec($"Node {primary.Name} has degraded storage, unsafe to replace disks for instance {inst.Name}");
            }
        }
        yield return ctx.Seconds(0.1, 0.2);
        ctx.LogStep(3, Total, "Allocate new storage");
        foreach (var disk in inst.Disks)
        {
            ctx.Info($"Adding new local storage on {newNode.Name} for {disk.IvName}");
        }
        yield return ctx.Seconds(0.4, 0.8);
        ctx.LogStep(4, Total, "Changing drbd configuration");
        foreach (var disk in inst.Disks)
        {
            ctx.Info($"activating a new drbd on {newNode.Name} for {disk.IvName}");
        }
        foreach (var disk in inst.Disks)
        {
            ctx.Info($"Shutting down drbd for {disk.IvName} on old node");
            if (SimChecks.RpcFailure(old) is { } why)
            {
                ctx.Warning($"Failed to shutdown drbd for {disk.IvName} on oldnode: {why}");
                ctx.Feedback("      Hint: Please cleanup this device manually as soon as possible");
            }
        }
        var links = SimulatedCluster.DrbdLinks(inst);
        ctx.Info("Detaching primary drbds from the network (=> standalone)");
        c.Mirrors.ChangeLinks(links, () => links.ForEach(l =>
        {
            l.EndOn(old)!.Configured = false;
            l.EndOn(primary)!.NetworkAttached = false;
        }));
        yield return ctx.Seconds(0.1, 0.2);
        ctx.Info("Updating instance configuration");
        c.Placement.ReplaceSecondary(inst, newNode);
        yield return ctx.Step();
        ctx.Info("Attaching primary drbds to new secondary (standalone => connected)");
        c.Mirrors.ChangeLinks(links, () => links.ForEach(l =>
        {
            var fresh = l.EndOn(newNode)!;
            fresh.Configured = true;
            fresh.Counters.Reset(ctx.Now);
            fresh.Role = SimDrbdRole.Secondary;
            l.OutOfSyncKiB = l.SizeKiB;
            l.EndOn(primary)!.NetworkAttached = true;
        }));
        yield return ctx.Seconds(0.2, 0.4);
        foreach (var wait in SyncAndRemove(ctx, inst, links, earlyRelease))
        {
            yield return wait;
        }
    }

    private static IEnumerable<TimeSpan> SyncAndRemove(SimJobContext ctx, SimInstance inst, List<SimDrbdLink> links, bool earlyRelease)
    {
        var step = 5;
        if (earlyRelease)
        {
            ctx.LogStep(step++, Total, "Removing old storage");
            RemoveLines(ctx, links);
        }
        // Ganeti releases the node locks while waiting for the sync, so other jobs on those nodes can run.
        ctx.ReleaseNodeLocks();
        ctx.LogStep(step++, Total, "Sync devices");
        foreach (var wait in DrbdWait.ForSync(ctx, inst))
        {
            yield return wait;
        }
        if (!earlyRelease)
        {
            ctx.LogStep(step, Total, "Removing old storage");
            RemoveLines(ctx, links);
            yield return ctx.Seconds(0.2, 0.4);
        }
    }

    private static void RemoveLines(SimJobContext ctx, List<SimDrbdLink> links)
    {
        foreach (var link in links)
        {
            ctx.Info($"Remove logical volumes for {link.Disk.IvName}");
        }
    }
}
