using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;

namespace GntTui.Engine.Tests.Operations;

/// <summary>
/// Failing over an instance whose disks are inactive (it is shut down): Ganeti does not check their
/// sync (lib/cmdlib/instance_migration.py: "* not checking disk consistency as instance is not
/// running"), so neither does the pre-flight; a stalled resync blocks like any resync.
/// </summary>
public sealed class DrbdInactivePreflightTests
{
    private static FakeCluster Lab() => FakeCluster.ThreeNodes()
        .Instance("inst7.example.com", "drbd", "node1.example.com", "node2.example.com", memory: 1024);

    [Fact]
    public async Task Inactive_disks_do_not_block_and_say_why()
    {
        var drbd = OpsFixture.Drbd(OpsFixture.Disk("inst7.example.com", "node1.example.com", "node2.example.com", DrbdHealth.Inactive));

        var r = Preflight.Check(new InstanceFailover("inst7.example.com"), await OpsFixture.SnapshotAsync(Lab()), drbd, null);

        Assert.DoesNotContain(r.Blockers, f => f.Code is PreflightCodes.DrbdNotInSync or PreflightCodes.DrbdSyncing);
        Assert.Contains(r.Findings, f => f.Code == PreflightCodes.DrbdInSync && f.Message.Contains("inactive (instance down)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stalled_resync_blocks_as_a_resync()
    {
        var drbd = OpsFixture.Drbd(OpsFixture.Disk("inst7.example.com", "node1.example.com", "node2.example.com", DrbdHealth.Stalled, 45.2));

        var r = Preflight.Check(new InstanceMigrate("inst7.example.com"), await OpsFixture.SnapshotAsync(Lab()), drbd, null);

        Assert.Equal(PreflightCodes.DrbdSyncing, Assert.Single(r.Blockers).Code);
    }
}
