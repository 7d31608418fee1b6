using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Tests.Ganeti;

public class OperationArgvTests
{
    public static TheoryData<GanetiOperation, string> Cases => new()
    {
        { new InstanceStartup("inst1.example.com", "r"), "gnt-instance startup --submit --reason r inst1.example.com" },
        { new InstanceShutdown("inst1.example.com", "r", 30), "gnt-instance shutdown --submit --timeout 30 --reason r inst1.example.com" },
        { new InstanceReboot("inst1.example.com", "r", RebootType.Hard), "gnt-instance reboot --submit -t hard --reason r inst1.example.com" },
        { new InstanceMigrate("inst1.example.com", "r"), "gnt-instance migrate -f --submit --reason r inst1.example.com" },
        { new InstanceMigrate("inst1.example.com", "r", targetNode: "node2.example.com"), "gnt-instance migrate -f --submit -n node2.example.com --reason r inst1.example.com" },
        { new InstanceMigrate("inst1.example.com", "r", nonLive: true, iallocator: "hail"), "gnt-instance migrate -f --submit --non-live -I hail --reason r inst1.example.com" },
        { new InstanceMigrate("inst1.example.com", "r", cleanup: true), "gnt-instance migrate -f --submit --cleanup --reason r inst1.example.com" },
        { new InstanceFailover("inst1.example.com", "r"), "gnt-instance failover -f --submit --reason r inst1.example.com" },
        { new InstanceFailover("inst1.example.com", "r", "node3.example.com", true), "gnt-instance failover -f --submit --ignore-consistency -n node3.example.com --reason r inst1.example.com" },
        { new InstanceReplaceDisks("inst1.example.com", ReplaceDisksMode.Secondary, "r"), "gnt-instance replace-disks --submit -s --reason r inst1.example.com" },
        { new InstanceReplaceDisks("inst1.example.com", ReplaceDisksMode.Auto, "r"), "gnt-instance replace-disks --submit -a --reason r inst1.example.com" },
        { new InstanceReplaceDisks("inst1.example.com", ReplaceDisksMode.NewSecondary, "r", iallocator: "hail"), "gnt-instance replace-disks --submit -I hail --reason r inst1.example.com" },
        { new NodeMigrate("node1.example.com", "r"), "gnt-node migrate -f --submit --reason r node1.example.com" },
        { new NodeEvacuate("node1.example.com", true, "r"), "gnt-node evacuate -f --submit -p --reason r node1.example.com" },
        { new NodeEvacuate("node1.example.com", false, "r"), "gnt-node evacuate -f --submit -s --reason r node1.example.com" },
        { new NodeSetDrained("node1.example.com", true, "r"), "gnt-node modify -f --submit --drained yes --reason r node1.example.com" },
        { new NodeSetOffline("node1.example.com", false, "r"), "gnt-node modify -f --submit -O no --reason r node1.example.com" },
        { new NodeSetMasterCandidate("node1.example.com", true, "r"), "gnt-node modify -f --submit -C yes --reason r node1.example.com" },
        { new JobCancel(42), "gnt-job cancel 42" },
        { new InstanceActivateDisks("inst1.example.com", "r"), "gnt-instance activate-disks --submit --reason r inst1.example.com" },
        { new InstanceActivateDisks("inst1.example.com"), "gnt-instance activate-disks --submit inst1.example.com" },
        { new ClusterSetDrbdResyncRate(122880, "r"), "gnt-cluster modify --submit -D drbd:resync-rate=122880 --reason r" },
        { new ClusterSetDrbdResyncRate(61440), "gnt-cluster modify --submit -D drbd:resync-rate=61440" },
        { new InstanceStartup("inst1.example.com"), "gnt-instance startup --submit inst1.example.com" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Builds_the_exact_command(GanetiOperation op, string expected)
    {
        Assert.Equal(expected, string.Join(' ', op.BuildArgv()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_resync_rate_must_be_positive(long rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ClusterSetDrbdResyncRate(rate));
    }

    [Fact]
    public void A_reason_with_spaces_stays_one_argument()
    {
        var argv = new InstanceMigrate("inst1.example.com", "disk errors on node1; ticket #42").BuildArgv();

        Assert.Contains("disk errors on node1; ticket #42", argv);
    }

    [Theory]
    [InlineData("inst1.example.com; rm -rf /")]
    [InlineData("-f")]
    [InlineData("--submit")]
    [InlineData("$(reboot)")]
    [InlineData("inst1\nnode2")]
    [InlineData("")]
    public void Hostile_names_are_refused_before_any_command_exists(string name)
    {
        Assert.Throws<ArgumentException>(() => new InstanceMigrate(name));
        Assert.Throws<ArgumentException>(() => new NodeSetDrained(name, true));
        Assert.Throws<ArgumentException>(() => new InstanceMigrate("inst1.example.com", targetNode: name));
    }

    [Fact]
    public void Replace_disks_needs_a_consistent_mode()
    {
        Assert.Throws<ArgumentException>(() => new InstanceReplaceDisks("i.example.com", ReplaceDisksMode.NewSecondary));
        Assert.Throws<ArgumentException>(() => new InstanceReplaceDisks("i.example.com", ReplaceDisksMode.Primary, newSecondary: "n.example.com"));
        Assert.Throws<ArgumentException>(() => new InstanceMigrate("i.example.com", targetNode: "n.example.com", iallocator: "hail"));
    }
}
