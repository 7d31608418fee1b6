namespace GntTui.Simulator;

/// <summary>Instance placement and power: the state changes the opcodes make, with their memory and disk bookkeeping.</summary>
internal sealed class SimPlacement(SimulatedCluster cluster)
{
    /// <summary>DRBD metadata volume Ganeti creates next to each DRBD data volume.</summary>
    internal const long DrbdMetaMiB = 128;

    private SimScheduler Scheduler => cluster.Scheduler;

    /// <summary>Creates an instance placed on <paramref name="primary"/> (and <paramref name="secondary"/> for DRBD).</summary>
    internal SimInstance AddInstance(string name, string template, long memoryMiB, int vcpus, IReadOnlyList<long> diskSizesMiB,
        SimNode primary, SimNode? secondary, bool running)
    {
        var inst = new SimInstance(name, cluster.Rng.NextUuid(), template)
        {
            MemoryMiB = memoryMiB,
            Vcpus = vcpus,
            Hypervisor = cluster.Options.Hypervisor,
            Created = Scheduler.Now,
            Modified = Scheduler.Now,
            WriteRateKiBps = cluster.Rng.Between(200.0, 4000.0),
            NicMac = $"aa:00:00:{cluster.Rng.Between(0, 256):x2}:{cluster.Rng.Between(0, 256):x2}:{cluster.Rng.Between(0, 256):x2}",
            NetworkPort = cluster.Options.Hypervisor == "kvm" ? cluster.AllocatePort() : 0,
        };
        for (var i = 0; i < diskSizesMiB.Count; i++)
        {
            inst.AddDisk(new SimDisk(i, diskSizesMiB[i], cluster.Rng.NextUuid()));
        }
        inst.PrimaryNode = primary;
        primary.AddPrimary(inst);
        if (inst.IsDrbd)
        {
            var second = secondary ?? throw new ArgumentException("a DRBD instance needs a secondary node", nameof(secondary));
            inst.SecondaryNode = second;
            second.AddSecondary(inst);
            foreach (var disk in inst.Disks)
            {
                var link = new SimDrbdLink(inst, disk, cluster.AllocatePort());
                link.SetEnds(new SimDrbdEnd(link, primary) { Role = SimDrbdRole.Primary }, new SimDrbdEnd(link, second));
                link.OutOfSyncSince = Scheduler.Now;
                disk.Drbd = link;
            }
        }
        AccountDisks(inst, +1);
        cluster.AddInstanceRecord(inst);
        if (running)
        {
            inst.AdminState = SimAdminState.Up;
            ActivateDisks(inst);
            StartOnPrimary(inst);
        }
        else
        {
            inst.AdminState = SimAdminState.Down;
        }
        return inst;
    }

    /// <summary>Assembles the block devices on the instance's live nodes: secondary first, then the primary as Primary.</summary>
    internal void ActivateDisks(SimInstance inst)
    {
        var links = SimulatedCluster.DrbdLinks(inst);
        cluster.Mirrors.ChangeLinks(links, () =>
        {
            inst.DisksActive = true;
            foreach (var link in links)
            {
                foreach (var end in new[] { link.First, link.Second })
                {
                    if (!end.Node.IsReachable)
                    {
                        continue;
                    }
                    if (!end.Configured)
                    {
                        end.Configured = true;
                        end.Counters.Reset(Scheduler.Now);
                    }
                    end.NetworkAttached = true;
                    end.Role = ReferenceEquals(end.Node, inst.PrimaryNode) ? SimDrbdRole.Primary : SimDrbdRole.Secondary;
                }
            }
        });
    }

    internal void DeactivateDisks(SimInstance inst)
    {
        var links = SimulatedCluster.DrbdLinks(inst);
        cluster.Mirrors.ChangeLinks(links, () =>
        {
            inst.DisksActive = false;
            foreach (var link in links)
            {
                link.First.Configured = false;
                link.Second.Configured = false;
            }
        });
    }

    /// <summary>The hypervisor starts the instance on its primary node.</summary>
    internal void StartOnPrimary(SimInstance inst)
    {
        if (inst.RunningOn is not null)
        {
            return;
        }
        cluster.Mirrors.ChangeLinks(SimulatedCluster.DrbdLinks(inst), () =>
        {
            inst.RunningOn = inst.PrimaryNode;
            inst.PrimaryNode.RunningMemoryMiB += inst.MemoryMiB;
        });
    }

    internal void Stop(SimInstance inst)
    {
        if (inst.RunningOn is not { } node)
        {
            return;
        }
        cluster.Mirrors.ChangeLinks(SimulatedCluster.DrbdLinks(inst), () =>
        {
            node.RunningMemoryMiB -= inst.MemoryMiB;
            inst.RunningOn = null;
        });
    }

    /// <summary>The instance now runs on <paramref name="target"/> (end of a live migration).</summary>
    internal void MoveRunning(SimInstance inst, SimNode target)
    {
        cluster.Mirrors.ChangeLinks(SimulatedCluster.DrbdLinks(inst), () =>
        {
            if (inst.RunningOn is { } from)
            {
                from.RunningMemoryMiB -= inst.MemoryMiB;
            }
            inst.RunningOn = target;
            target.RunningMemoryMiB += inst.MemoryMiB;
        });
    }

    /// <summary>Makes <paramref name="newPrimary"/> the primary; a DRBD instance's old primary becomes its secondary.</summary>
    internal void SwapPrimary(SimInstance inst, SimNode newPrimary)
    {
        var old = inst.PrimaryNode;
        AccountDisks(inst, -1);
        old.RemovePrimary(inst);
        newPrimary.AddPrimary(inst);
        inst.PrimaryNode = newPrimary;
        if (inst.IsDrbd && inst.SecondaryNode is { } second)
        {
            second.RemoveSecondary(inst);
            old.AddSecondary(inst);
            inst.SecondaryNode = old;
        }
        AccountDisks(inst, +1);
        inst.Touch(Scheduler.Now);
    }

    /// <summary>replace-disks -n: the secondary moves to <paramref name="newSecondary"/> with fresh, empty devices.</summary>
    internal void ReplaceSecondary(SimInstance inst, SimNode newSecondary)
    {
        var old = inst.SecondaryNode!;
        AccountDisks(inst, -1);
        old.RemoveSecondary(inst);
        newSecondary.AddSecondary(inst);
        inst.SecondaryNode = newSecondary;
        foreach (var link in SimulatedCluster.DrbdLinks(inst))
        {
            var oldEnd = link.EndOn(old)!;
            var fresh = new SimDrbdEnd(link, newSecondary) { Disk = SimDrbdDiskState.Inconsistent };
            link.ReplaceEnd(oldEnd, fresh);
        }
        AccountDisks(inst, +1);
        inst.Touch(Scheduler.Now);
    }

    private static void AccountDisks(SimInstance inst, int sign)
    {
        if (!DiskTemplates.UsesVolumeGroup(inst.DiskTemplate))
        {
            return;
        }
        var perNode = inst.Disks.Sum(d => d.SizeMiB + (inst.IsDrbd ? DrbdMetaMiB : 0));
        inst.PrimaryNode.DiskUsedMiB += sign * perNode;
        if (inst.IsDrbd && inst.SecondaryNode is { } second)
        {
            second.DiskUsedMiB += sign * perNode;
        }
    }
}
