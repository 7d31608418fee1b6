namespace GntTui.Simulator;

/// <summary>DRBD connection bookkeeping: disconnects, out-of-sync growth, and resyncs with their completion events.</summary>
internal sealed class SimDrbdMirrors(SimulatedCluster cluster)
{
    private ulong _resyncCounter;
    private long? _drbdResyncRateKiBps;

    private SimScheduler Scheduler => cluster.Scheduler;

    /// <summary>The cluster's drbd:resync-rate disk parameter, KiB/s: the options' until gnt-cluster modify changes it.</summary>
    public long DrbdResyncRateKiBps => _drbdResyncRateKiBps ?? cluster.Options.DrbdResyncRateKiBps;

    /// <summary>
    /// A new drbd:resync-rate: new resyncs start at it, and running ones switch to it, as Ganeti
    /// pushes the changed disk parameters to the devices it has assembled.
    /// </summary>
    internal void SetDrbdResyncRate(long kibps)
    {
        _drbdResyncRateKiBps = kibps;
        var now = Scheduler.Now;
        foreach (var link in cluster.InstanceRecords.SelectMany(SimulatedCluster.DrbdLinks))
        {
            if (link.Resync is { } r)
            {
                r.ChangeRate(now, kibps);
                ScheduleCompletion(link, r);
            }
        }
    }

    /// <summary>
    /// Applies a change that may connect or disconnect mirrors: what the guests wrote so far is
    /// accounted under the old state, then each link settles into the new one.
    /// </summary>
    internal void ChangeLinks(IReadOnlyCollection<SimDrbdLink> links, Action change)
    {
        var now = Scheduler.Now;
        foreach (var link in links)
        {
            link.AccrueOutOfSync(now);
            link.AccrueCounters(now);
        }
        change();
        foreach (var link in links)
        {
            Settle(link);
        }
    }

    /// <summary>Brings a link's connection and resync in line with its ends' state.</summary>
    private void Settle(SimDrbdLink link)
    {
        var now = Scheduler.Now;
        link.AccrueOutOfSync(now);
        var connected = link.IsConnected;
        if (link.WasConnected && !connected)
        {
            if (link.Resync is { } r)
            {
                var done = r.SyncedAt(now);
                r.Source.ResyncKiBSent += done;
                r.Target.ResyncKiBReceived += done;
                link.OutOfSyncKiB = Math.Max(link.OutOfSyncKiB, r.LeftAt(now));
                link.Resync = null;
            }
            link.WasConnected = false;
            link.OutOfSyncSince = now;
        }
        else if (connected)
        {
            link.WasConnected = true;
            TryStartResync(link);
        }
    }

    /// <summary>Wipes one end's data so it must be rebuilt from its peer (new storage after replace-disks).</summary>
    internal void RequireFullResync(SimDrbdLink link, SimDrbdEnd target)
    {
        ChangeLinks([link], () =>
        {
            target.Disk = SimDrbdDiskState.Inconsistent;
            link.OutOfSyncKiB = link.SizeKiB;
        });
    }

    /// <summary>Adds to what a reconnect must resync, e.g. the activity-log extents after an unclean switch.</summary>
    internal void MarkOutOfSync(SimDrbdLink link, long kib)
    {
        ChangeLinks([link], () => link.OutOfSyncKiB = Math.Min(link.SizeKiB, link.OutOfSyncKiB + kib));
    }

    /// <summary>
    /// Split brain: both ends of every DRBD disk of <paramref name="inst"/> drop their connection
    /// and stay StandAlone until something reconnects them (a migration, failover or restart of the
    /// instance re-attaches the network), while the primary goes on writing.
    /// </summary>
    internal void BreakConnection(SimInstance inst)
    {
        var links = SimulatedCluster.DrbdLinks(inst);
        ChangeLinks(links, () => links.ForEach(l =>
        {
            l.First.NetworkAttached = false;
            l.Second.NetworkAttached = false;
        }));
    }

    /// <summary>Nothing moves on resyncs touching <paramref name="node"/> for a while (fault injection).</summary>
    internal void StallResyncs(SimNode node, TimeSpan duration)
    {
        foreach (var end in node.DrbdMinors.Values)
        {
            if (end.Link.Resync is { } r)
            {
                r.AddStall(Scheduler.Now, Scheduler.Now + duration);
                ScheduleCompletion(end.Link, r);
            }
        }
    }

    private void TryStartResync(SimDrbdLink link)
    {
        if (link.Resync is not null)
        {
            return;
        }
        SimDrbdEnd? target = link.First.Disk != SimDrbdDiskState.UpToDate ? link.First
            : link.Second.Disk != SimDrbdDiskState.UpToDate ? link.Second
            : null;
        if (target is null && link.OutOfSyncKiB > 0)
        {
            // The side that was not written to catches up from the one that was.
            target = link.First.Role == SimDrbdRole.Secondary ? link.First : link.Second;
        }
        if (target is null || target.Disk == SimDrbdDiskState.Diskless || target.Peer.Disk != SimDrbdDiskState.UpToDate)
        {
            return;
        }
        var kib = link.OutOfSyncKiB > 0 ? link.OutOfSyncKiB : link.SizeKiB;
        target.Disk = SimDrbdDiskState.Inconsistent;
        link.OutOfSyncKiB = 0;
        var key = ((ulong)cluster.Seed * 0x9E3779B97F4A7C15UL) ^ ++_resyncCounter;
        var resync = new SimDrbdResync(target.Peer, target, kib, Scheduler.Now, key, DrbdResyncRateKiBps);
        link.Resync = resync;
        ScheduleCompletion(link, resync);
    }

    private void ScheduleCompletion(SimDrbdLink link, SimDrbdResync resync)
    {
        if (resync.CompletionTime() is not { } when)
        {
            return;
        }
        var version = resync.Version;
        Scheduler.At(when, () =>
        {
            if (!ReferenceEquals(link.Resync, resync) || resync.Version != version)
            {
                return;
            }
            resync.Source.ResyncKiBSent += resync.TotalKiB;
            resync.Target.ResyncKiBReceived += resync.TotalKiB;
            resync.Target.Disk = SimDrbdDiskState.UpToDate;
            link.Resync = null;
        });
    }
}
