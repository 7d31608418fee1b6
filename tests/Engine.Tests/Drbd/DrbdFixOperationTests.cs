using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>The advice's command is the operation the console submits, argv for argv.</summary>
public class DrbdFixOperationTests
{
    private const string Inst = "inst1.example.com";

    public static TheoryData<DrbdHealth, bool?, string?> Cases => new()
    {
        { DrbdHealth.Healthy, null, null },
        { DrbdHealth.Verifying, null, null },
        { DrbdHealth.Degraded, null, "gnt-instance activate-disks --submit inst1.example.com" },
        { DrbdHealth.PeerGone, null, "gnt-instance activate-disks --submit inst1.example.com" },
        { DrbdHealth.StandAlone, null, "gnt-instance activate-disks --submit inst1.example.com" },
        { DrbdHealth.Unconfigured, null, "gnt-instance activate-disks --submit inst1.example.com" },
        { DrbdHealth.SplitBrain, null, "gnt-instance replace-disks --submit -s inst1.example.com" },
        { DrbdHealth.DiskLost, true, "gnt-instance replace-disks --submit -p inst1.example.com" },
        { DrbdHealth.DiskLost, false, "gnt-instance replace-disks --submit -s inst1.example.com" },
        { DrbdHealth.DiskLost, null, "gnt-instance replace-disks --submit -a inst1.example.com" },
        { DrbdHealth.Syncing, null, "gnt-cluster modify --submit -D drbd:resync-rate=122880" },
        { DrbdHealth.PausedSync, null, "gnt-cluster modify --submit -D drbd:resync-rate=122880" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_fix_is_the_advised_command(DrbdHealth health, bool? lostOnPrimary, string? expected)
    {
        var advice = DrbdAdvisor.Advise(health, Inst, lostDiskOnPrimary: lostOnPrimary);

        Assert.Equal(expected, advice.Command is null ? null : string.Join(' ', advice.Command));
        Assert.Equal(expected, DrbdFixOperation.For(advice) is { } op ? string.Join(' ', op.BuildArgv()) : null);
    }

    [Fact]
    public void The_reason_goes_only_into_the_operation()
    {
        var advice = DrbdAdvisor.Advise(DrbdHealth.StandAlone, Inst);

        var op = Assert.IsType<InstanceActivateDisks>(DrbdFixOperation.For(advice, "split brain, ticket 7"));

        Assert.Equal(["gnt-instance", "activate-disks", "--submit", "--reason", "split brain, ticket 7", Inst], op.BuildArgv());
        Assert.Equal("gnt-instance activate-disks --submit inst1.example.com", advice.CommandText);
    }

    [Fact]
    public void No_instance_fix_without_a_valid_name_but_the_rate_needs_none()
    {
        Assert.Null(DrbdFixOperation.For(DrbdAdvisor.Advise(DrbdHealth.StandAlone, "bad name;")));
        Assert.IsType<ClusterSetDrbdResyncRate>(DrbdFixOperation.For(DrbdAdvisor.Advise(DrbdHealth.Syncing, null)));
    }
}
