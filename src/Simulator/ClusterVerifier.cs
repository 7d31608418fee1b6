namespace GntTui.Simulator;

/// <summary>What LUClusterVerifyGroup finds wrong in one node group, with Ganeti's codes and wording.</summary>
internal static class ClusterVerifier
{
    public const string NodeStatus = "node status";
    public const string InstanceStatus = "instance status";
    public const string NPlusOne = "N+1";

    public static List<SimVerifyFinding> Check(SimulatedCluster c, SimNodeGroup group)
    {
        var findings = new List<SimVerifyFinding>();
        var nodes = c.Nodes.Where(n => ReferenceEquals(n.Group, group)).ToList();
        foreach (var n in nodes.Where(n => !n.Offline))
        {
            if (SimChecks.RpcFailure(n) is { } why)
            {
                findings.Add(new(NodeStatus, false, "ENODERPC", "node", n.Name, "while contacting node: " + why));
                continue;
            }
            foreach (var (minor, end) in n.DrbdMinors)
            {
                if (end.Link.Instance.DisksActive && !end.Configured)
                {
                    findings.Add(new(NodeStatus, false, "ENODEDRBD", "node", n.Name,
                        $"drbd minor {minor} of disk {end.Link.Disk.Uuid} (attached in instance '{end.Link.Instance.Name}') is not active"));
                }
            }
        }
        foreach (var inst in c.Instances.Where(i => ReferenceEquals(i.PrimaryNode.Group, group)))
        {
            CheckInstance(inst, findings);
        }
        CheckNPlusOne(nodes, findings);
        return findings;
    }

    private static void CheckInstance(SimInstance inst, List<SimVerifyFinding> findings)
    {
        var p = inst.PrimaryNode;
        if (inst.AdminState == SimAdminState.Up && !p.Offline && !ReferenceEquals(inst.RunningOn, p))
        {
            findings.Add(new(InstanceStatus, false, "EINSTANCEDOWN", "instance", inst.Name, $"instance not running on its primary node {p.Name}"));
        }
        if (inst.RunningOn is { } on && !ReferenceEquals(on, p))
        {
            findings.Add(new(InstanceStatus, false, "EINSTANCEWRONGNODE", "instance", inst.Name, $"instance should not run on node {on.Name}"));
        }
        var offline = new[] { p, inst.SecondaryNode }.OfType<SimNode>().Where(n => n.Offline).Select(n => n.Name).ToList();
        if (offline.Count > 0)
        {
            findings.Add(new(InstanceStatus, false, "EINSTANCEBADNODE", "instance", inst.Name, $"instance has offline secondary node(s) {string.Join(", ", offline)}"));
        }
        if (!inst.DisksActive)
        {
            return;
        }
        foreach (var link in SimulatedCluster.DrbdLinks(inst))
        {
            foreach (var end in new[] { link.First, link.Second }.Where(e => e.IsActive))
            {
                var degraded = !link.IsConnected || link.Resync is not null || end.Disk != SimDrbdDiskState.UpToDate;
                if (!degraded)
                {
                    continue;
                }
                var state = end.Disk == SimDrbdDiskState.Diskless ? "faulty" : link.Resync is not null ? "sync" : "ok";
                findings.Add(new(InstanceStatus, state != "faulty", "EINSTANCEFAULTYDISK", "instance", inst.Name,
                    $"{link.Disk.IvName} on {end.Node.Name} is degraded; local disk state is '{state}'"));
            }
        }
    }

    private static void CheckNPlusOne(List<SimNode> nodes, List<SimVerifyFinding> findings)
    {
        foreach (var n in nodes.Where(n => n.IsReachable))
        {
            // Ganeti's _VerifyNPlusOneMemory counts stopped instances too ("someone might want to
            // start them even in the event of a node failure").
            var byPrimary = n.SecondaryInstances
                .GroupBy(i => i.PrimaryNode)
                .OrderBy(g => g.Key.Name, NiceSortComparer.Instance);
            foreach (var g in byPrimary)
            {
                var needed = g.Sum(i => i.MemoryMiB);
                if (needed > n.MemoryFreeMiB)
                {
                    findings.Add(new(NPlusOne, false, "ENODEN1", "node", n.Name,
                        $"not enough memory to accomodate instance failovers should node {g.Key.Name} fail ({needed}MiB needed, {n.MemoryFreeMiB}MiB available)"));
                }
            }
        }
    }
}
