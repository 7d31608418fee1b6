namespace GntTui.Simulator;

/// <summary>Nodes going away and coming back: what happens to their instances and to the DRBD peers waiting for them.</summary>
internal sealed class SimNodePower(SimulatedCluster cluster)
{
    private SimScheduler Scheduler => cluster.Scheduler;

    /// <summary>All DRBD links with an end on <paramref name="node"/>.</summary>
    private static List<SimDrbdLink> LinksOn(SimNode node) => [.. node.DrbdMinors.Values.Select(e => e.Link)];

    /// <summary>gnt-node modify -O: the flag, and (since nodes are offlined because they are down) the node's presence.</summary>
    internal void SetOfflineFlag(SimNode node, bool offline)
    {
        if (node.Offline == offline)
        {
            return;
        }
        var wasReachable = node.IsReachable;
        cluster.Mirrors.ChangeLinks(LinksOn(node), () =>
        {
            node.Offline = offline;
            if (offline)
            {
                node.PoweredOn = false;
                WentAway(node);
            }
            else
            {
                node.PoweredOn = true;
            }
        });
        if (!wasReachable && node.IsReachable)
        {
            ScheduleDevicesReturn(node);
        }
    }

    /// <summary>On: the node boots again, its DRBD devices come back once Ganeti re-activates them. Off: it crashes or loses power without Ganeti being told.</summary>
    internal void SetPower(SimNode node, bool on)
    {
        if (node.PoweredOn == on)
        {
            return;
        }
        var wasReachable = node.IsReachable;
        cluster.Mirrors.ChangeLinks(LinksOn(node), () =>
        {
            node.PoweredOn = on;
            if (!on)
            {
                WentAway(node);
            }
        });
        if (!wasReachable && node.IsReachable)
        {
            ScheduleDevicesReturn(node);
        }
    }

    /// <summary>Its guests die with it and its devices are gone; the peers notice on the next settle.</summary>
    private void WentAway(SimNode node)
    {
        foreach (var inst in cluster.InstanceRecords.Where(i => ReferenceEquals(i.RunningOn, node)).ToList())
        {
            node.RunningMemoryMiB -= inst.MemoryMiB;
            inst.RunningOn = null;
        }
        foreach (var end in node.DrbdMinors.Values)
        {
            end.Configured = false;
            end.NetworkAttached = true;
        }
        node.ReservedMemoryMiB = 0;
    }

    /// <summary>A returned node's devices are assembled again as secondaries, then resync what changed meanwhile.</summary>
    private void ScheduleDevicesReturn(SimNode node)
    {
        Scheduler.After(cluster.Options.DevicesReturnAfter, () =>
        {
            if (!node.IsReachable)
            {
                return;
            }
            var links = LinksOn(node).Where(l => l.Instance.DisksActive).ToList();
            cluster.Mirrors.ChangeLinks(links, () =>
            {
                foreach (var link in links)
                {
                    var end = link.EndOn(node)!;
                    end.Configured = true;
                    end.NetworkAttached = true;
                    end.Role = SimDrbdRole.Secondary;
                    end.Counters.Reset(Scheduler.Now);
                }
            });
        });
    }
}
