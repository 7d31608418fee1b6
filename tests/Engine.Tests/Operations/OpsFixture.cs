using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Engine.Tests.Operations;

/// <summary>Snapshots and DRBD views for operation tests.</summary>
internal static class OpsFixture
{
    public static readonly DateTimeOffset Time = new(2026, 11, 21, 13, 0, 0, TimeSpan.Zero);

    public static async Task<ClusterSnapshot> SnapshotAsync(FakeCluster cluster)
    {
        var data = await new GanetiClient(cluster).FetchAsync(CancellationToken.None);
        Assert.Empty(data.Problems);
        return new ClusterSnapshot("cluster.example.com", null, data.Nodes, data.Instances, data.Jobs, Time, ConnectionState.Live);
    }

    public static DrbdDiskView Disk(string instance, string primary, string secondary, DrbdHealth health, double? percent = null, TimeSpan? finish = null, int index = 0)
    {
        var progress = percent is { } p ? new DrbdSyncProgress(p, 1000, 2000) { Finish = finish } : null;
        var sync = new InstanceDiskSync(instance, index, new DrbdDiskSide(primary, index, null, Time), new DrbdDiskSide(secondary, index, null, Time))
        {
            Health = health,
            Progress = progress,
        };
        return new DrbdDiskView(sync, new DrbdAdvice(health, health.ToString(), "", null));
    }

    public static DrbdSnapshot Drbd(params DrbdDiskView[] disks) => new(Time, disks, []);
}
