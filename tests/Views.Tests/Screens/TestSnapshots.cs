using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Views.Tests.Screens;

/// <summary>Snapshots built from records: a small cluster with one of everything, and a big one.</summary>
internal static class TestSnapshots
{
    public static readonly DateTimeOffset TakenAt = TestClock.Start - TimeSpan.FromSeconds(3);

    public static GanetiNode Node(string name, NodeRole role = NodeRole.Regular, bool offline = false, bool drained = false,
        long memTotal = 65536, long memFree = 32768, long diskTotal = 1_048_576, long diskFree = 524_288,
        int primaries = 0, int secondaries = 0, string group = "default")
    {
        Reading<long> Value(long v) => offline ? Reading<long>.Missing(FieldState.Offline) : Reading<long>.Of(v);
        return new GanetiNode(name, role, offline, drained, role is NodeRole.Master or NodeRole.Candidate,
            Value(memTotal), Value(2048), Value(memFree), Value(diskTotal), Value(diskFree), primaries, secondaries, group);
    }

    public static GanetiInstance Instance(string name, InstanceStatus status, string statusText, string primary,
        string? secondary = null, string template = "drbd", long memory = 2048, int vcpus = 2)
    {
        var running = status is InstanceStatus.Running or InstanceStatus.ErrorUp;
        return new GanetiInstance(name, status, statusText, Reading<bool>.Of(running),
            running ? "up" : "down", primary, secondary is null ? [] : [secondary], template,
            Reading<long>.Of(memory), Reading<int>.Of(vcpus),
            running ? Reading<long>.Of(memory) : Reading<long>.Missing(FieldState.Unavailable));
    }

    public static GanetiJob Job(long id, JobStatus status, string summary, int receivedAgo, int? startedAgo = null, int? endedAgo = null)
    {
        DateTimeOffset Ago(int seconds) => TestClock.Start - TimeSpan.FromSeconds(seconds);
        return new GanetiJob(id, status, summary, Ago(receivedAgo),
            startedAgo is { } s ? Ago(s) : null, endedAgo is { } e ? Ago(e) : null);
    }

    public static IReadOnlyList<GanetiNode> Nodes { get; } =
    [
        Node("node1.example.com", NodeRole.Master, primaries: 3, secondaries: 1),
        Node("node2.example.com", NodeRole.Candidate, memFree: 8192, primaries: 2, secondaries: 3),
        Node("node3.example.com", NodeRole.Drained, drained: true, memFree: 61440, diskFree: 1024, primaries: 1, secondaries: 1, group: "rack2"),
        Node("node4.example.com", NodeRole.Offline, offline: true, primaries: 1, group: "rack2"),
    ];

    public static IReadOnlyList<GanetiInstance> Instances { get; } =
    [
        Instance("web1.example.com", InstanceStatus.Running, "running", "node1.example.com", "node2.example.com", memory: 4096),
        Instance("web2.example.com", InstanceStatus.ErrorDown, "ERROR_down", "node2.example.com", "node1.example.com"),
        Instance("web3.example.com", InstanceStatus.Running, "running", "node1.example.com", "node2.example.com", memory: 8192, vcpus: 4),
        Instance("db1.example.com", InstanceStatus.AdminDown, "ADMIN_down", "node2.example.com", "node3.example.com", memory: 16384, vcpus: 8),
        Instance("mail1.example.com", InstanceStatus.UserDown, "USER_down", "node3.example.com", "node2.example.com", memory: 1024),
        Instance("old1.example.com", InstanceStatus.AdminOffline, "ADMIN_offline", "node4.example.com", template: "plain", memory: 512, vcpus: 1),
        Instance("cache1.example.com", InstanceStatus.Running, "running", "node1.example.com", template: "sharedfile", memory: 1024),
    ];

    public static IReadOnlyList<GanetiJob> Jobs { get; } =
    [
        Job(101, JobStatus.Success, "INSTANCE_STARTUP(web1.example.com)", 600, 598, 590),
        Job(102, JobStatus.Error, "INSTANCE_MIGRATE(db1.example.com)", 300, 299, 280),
        Job(103, JobStatus.Running, "INSTANCE_MIGRATE(web3.example.com)", 45, 42),
        Job(104, JobStatus.Queued, "NODE_EVACUATE(node3.example.com)", 10),
    ];

    public static ClusterInfo Info { get; } = new("prod-a.example.com", "node1.example.com", "3.0.2");

    public static ClusterSnapshot Small(ConnectionState connection = ConnectionState.Live, string? error = null, bool fromCache = false) =>
        new("prod-a", Info, Nodes, Instances, Jobs, TakenAt, connection, error, IsDemo: false, FromCache: fromCache);

    /// <summary>A cluster of <paramref name="instances"/> instances over 200 nodes, named so sorting and filtering have work to do.</summary>
    public static ClusterSnapshot Big(int instances)
    {
        var nodes = Enumerable.Range(1, 200).Select(i => Node($"node{i}.example.com", i == 1 ? NodeRole.Master : NodeRole.Regular)).ToList();
        var list = new List<GanetiInstance>(instances);
        for (var i = 0; i < instances; i++)
        {
            var kind = (i % 3) switch { 0 => "web", 1 => "db", _ => "cache" };
            list.Add(Instance($"{kind}{i}.example.com", i % 50 == 0 ? InstanceStatus.ErrorDown : InstanceStatus.Running,
                i % 50 == 0 ? "ERROR_down" : "running", nodes[i % 200].Name, nodes[(i + 1) % 200].Name, memory: 512 + (i % 64 * 256)));
        }

        return new ClusterSnapshot("big", Info, nodes, list, Jobs, TakenAt, ConnectionState.Live);
    }
}
