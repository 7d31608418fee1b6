namespace GntTui.Simulator;

/// <summary>The DRBD side of a live migration: both ends Primary while the memory moves, single-master after.</summary>
internal static class DrbdMigration
{
    public static IEnumerable<TimeSpan> EnterDualMaster(SimJobContext ctx, SimInstance inst, SimNode target)
    {
        var c = ctx.Cluster;
        var links = SimulatedCluster.DrbdLinks(inst);
        ctx.Feedback($"* switching node {target.Name} to secondary mode");
        c.Mirrors.ChangeLinks(links, () => links.ForEach(l => l.EndOn(target)!.Role = SimDrbdRole.Secondary));
        yield return ctx.Seconds(0.1, 0.2);
        foreach (var wait in Standalone(ctx, links))
        {
            yield return wait;
        }
        ctx.Feedback("* changing disks into dual-master mode");
        c.Mirrors.ChangeLinks(links, () => links.ForEach(l =>
        {
            l.First.NetworkAttached = true;
            l.Second.NetworkAttached = true;
            l.EndOn(target)!.Role = SimDrbdRole.Primary;
        }));
        yield return ctx.Seconds(0.3, 0.6);
        foreach (var wait in DrbdWait.UntilResynced(ctx, inst))
        {
            yield return wait;
        }
    }

    public static IEnumerable<TimeSpan> LeaveDualMaster(SimJobContext ctx, SimInstance inst, SimNode demoted)
    {
        var c = ctx.Cluster;
        var links = SimulatedCluster.DrbdLinks(inst);
        ctx.Feedback($"* switching node {demoted.Name} to secondary mode");
        c.Mirrors.ChangeLinks(links, () => links.ForEach(l => l.EndOn(demoted)!.Role = SimDrbdRole.Secondary));
        yield return ctx.Seconds(0.1, 0.2);
        foreach (var wait in DrbdWait.UntilResynced(ctx, inst))
        {
            yield return wait;
        }
        foreach (var wait in Standalone(ctx, links))
        {
            yield return wait;
        }
        ctx.Feedback("* changing disks into single-master mode");
        c.Mirrors.ChangeLinks(links, () => links.ForEach(l =>
        {
            l.First.NetworkAttached = true;
            l.Second.NetworkAttached = true;
        }));
        yield return ctx.Seconds(0.3, 0.6);
        foreach (var wait in DrbdWait.UntilResynced(ctx, inst))
        {
            yield return wait;
        }
    }

    private static IEnumerable<TimeSpan> Standalone(SimJobContext ctx, List<SimDrbdLink> links)
    {
        ctx.Feedback("* changing into standalone mode");
        ctx.Cluster.Mirrors.ChangeLinks(links, () => links.ForEach(l =>
        {
            l.First.NetworkAttached = false;
            l.Second.NetworkAttached = false;
        }));
        yield return ctx.Seconds(0.1, 0.25);
    }
}
