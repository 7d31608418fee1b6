namespace GntTui.Simulator;

/// <summary>
/// The simulator in the shape of the project's Ganeti lab (tests/lab/lib.sh): three nodes, node1 the
/// master, and inst1..inst6 with the lab's templates, sizes and primaries, all running. The
/// differential tests run the same argv against this and the real lab.
/// </summary>
public static class LabClusterFactory
{
    private static readonly (string Name, string Template, int Node, long MemoryMiB, int Vcpus, long DiskMiB)[] Instances =
    [
        ("inst1.example.com", DiskTemplates.Diskless, 0, 128, 1, 0),
        ("inst2.example.com", DiskTemplates.File, 1, 256, 1, 64),
        ("inst3.example.com", DiskTemplates.SharedFile, 2, 256, 2, 64),
        ("inst4.example.com", DiskTemplates.Diskless, 1, 512, 1, 0),
        ("inst5.example.com", DiskTemplates.File, 2, 128, 1, 64),
        ("inst6.example.com", DiskTemplates.SharedFile, 0, 384, 1, 64),
    ];

    public static SimulatedCluster Create(TimeProvider time, long seed = 1)
    {
        var c = new SimulatedCluster("cluster.example.com", time, seed, new SimClusterOptions { Hypervisor = "fake" });
        var group = new SimNodeGroup("default", c.Rng.NextUuid());
        c.AddGroup(group);
        var nodes = new SimNode[3];
        for (var i = 0; i < nodes.Length; i++)
        {
            // Every virtual node of the lab reports the one host's memory and disk.
            nodes[i] = new SimNode($"node{i + 1}.example.com", c.Rng.NextUuid(), group, $"198.51.100.{11 + i}")
            {
                MemoryTotalMiB = 24064,
                MemoryNodeMiB = 737,
                DiskTotalMiB = 252 * 1024,
                IsMaster = i == 0,
                MasterCandidate = true,
                Created = c.Created,
                Modified = c.Created,
            };
            c.AddNode(nodes[i]);
        }
        foreach (var (name, template, node, memory, vcpus, disk) in Instances)
        {
            // The lab installs ganeti-os-noop.
            c.AddInstance(name, template, memory, vcpus, disk == 0 ? [] : [disk], nodes[node], null, running: true).Os = "noop";
        }
        return c;
    }
}
